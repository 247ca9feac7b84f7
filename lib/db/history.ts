// A project's history for the version tree: every step with its images, its parent and its
// mask, in a few flat queries (one more for parents in other projects). Team-scoped at every
// step: the project, the steps and each parent's generation are read for this team only, so another team's work never appears (even work
// pointing at this team's images), and a parent outside the team reads as no parent.
import "server-only";
import { readStoredRequest } from "@/lib/generations/request";
import { generationStatusSchema } from "@/lib/generations/status";
import { DIFF_PARAMS, mayHaveBeenBilled, type HistoryImage, type HistoryStep, type ProjectHistory } from "@/lib/views/history";
import { imagePickSchema } from "@/lib/views/generation";
import { prisma } from "./client";

const readPick = imagePickSchema.catch(null);

type ParamValue = HistoryStep["params"][string];
const isParamValue = (v: unknown): v is ParamValue => typeof v === "string" || typeof v === "number" || typeof v === "boolean";

function diffParams(row: { kind: string; params: unknown; options: unknown }): HistoryStep["params"] {
  const { params, options } = readStoredRequest(row);
  const picked: HistoryStep["params"] = {};
  for (const key of DIFF_PARAMS) {
    const value = params[key];
    if (isParamValue(value)) picked[key] = value;
  }
  if (options) picked.keepOutsideMask = options.keepOutsideMask;
  if (options?.enlarge || row.kind === "local") picked.enlarge = true;
  return picked;
}

/** Where parents outside the project live, when in another of the team's projects (else absent). */
async function parentsElsewhere(teamId: string, imageIds: string[]): Promise<Map<string, NonNullable<HistoryStep["from"]>>> {
  if (imageIds.length === 0) return new Map();
  const images = await prisma.image.findMany({
    where: { id: { in: imageIds }, generation: { teamId, project: { teamId } } },
    select: { id: true, generation: { select: { id: true, project: { select: { id: true, name: true } } } } },
  });
  return new Map(
    images.flatMap(({ id, generation: { id: generationId, project } }) => (project ? [[id, { projectId: project.id, projectName: project.name, generationId }] as const] : [])),
  );
}

const stepColumns = {
  id: true,
  kind: true,
  model: true,
  prompt: true,
  params: true,
  options: true,
  status: true,
  costUsd: true,
  sentAt: true,
  createdAt: true,
  createdBy: { select: { name: true, email: true } },
  parentImageId: true,
} as const;

/** Null when the project is not this team's (the same answer as a missing id). */
export async function projectHistory(opts: { teamId: string; projectId: string }): Promise<ProjectHistory | null> {
  const project = await prisma.project.findFirst({ where: { id: opts.projectId, teamId: opts.teamId }, select: { id: true, name: true } });
  if (!project) return null;
  const scope = { teamId: opts.teamId, projectId: project.id };
  // Images and masks as flat queries over the same scope: measured twice as fast on SQLite as
  // Prisma's nested relations (bench/history.ts).
  const [rows, images, masks] = await Promise.all([
    prisma.generation.findMany({ where: scope, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: stepColumns }),
    prisma.image.findMany({ where: { trashedAt: null, generation: scope }, orderBy: { index: "asc" }, select: { id: true, generationId: true, index: true, width: true, height: true, pick: true } }),
    prisma.generationInput.findMany({ where: { role: "mask", generation: scope }, select: { id: true, generationId: true } }),
  ]);
  const imagesOf = new Map<string, HistoryImage[]>();
  for (const { generationId, ...img } of images) {
    const list = imagesOf.get(generationId) ?? [];
    list.push({ ...img, pick: readPick.parse(img.pick) });
    imagesOf.set(generationId, list);
  }
  const maskOf = new Map(masks.map((m) => [m.generationId, m.id]));
  // A parent is almost always a step of this project, whose images are already here; only the
  // others (moved work) need a look elsewhere.
  const here = new Map(images.map((img) => [img.id, img]));
  const elsewhere = await parentsElsewhere(opts.teamId, rows.map((r) => r.parentImageId).filter((id): id is string => id !== null && !here.has(id)));
  const steps = rows.map((row): HistoryStep => {
    const status = generationStatusSchema.parse(row.status);
    const costUsd = row.costUsd === null ? null : row.costUsd.toFixed();
    const parent = row.parentImageId ? here.get(row.parentImageId) : undefined;
    return {
      id: row.id,
      kind: readStoredRequest(row).kind,
      model: row.model,
      prompt: row.prompt,
      params: diffParams(row),
      status,
      costUsd,
      costUnknown: mayHaveBeenBilled({ status, costUsd, sent: row.sentAt !== null }),
      createdAt: row.createdAt.toISOString(),
      author: row.createdBy ? (row.createdBy.name ?? row.createdBy.email) : null,
      parent: parent ? { imageId: parent.id, generationId: parent.generationId, index: parent.index } : null,
      from: (row.parentImageId && elsewhere.get(row.parentImageId)) || null,
      images: imagesOf.get(row.id) ?? [],
      maskInputId: maskOf.get(row.id) ?? null,
    };
  });
  return { project, steps };
}
