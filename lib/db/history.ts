// A project's history for the version tree: every step with its images, its parent and its
// mask, in two queries. Team-scoped at every step: the project, the steps and each parent's
// generation are read for this team only, so another team's work never appears (even work
// pointing at this team's images), and a parent outside the team reads as no parent.
import "server-only";
import { readStoredRequest } from "@/lib/generations/request";
import { generationStatusSchema } from "@/lib/generations/status";
import { DIFF_PARAMS, mayHaveBeenBilled, type HistoryStep, type ProjectHistory } from "@/lib/views/history";
import { imagePickSchema } from "@/lib/views/generation";
import { prisma } from "./client";

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
  return picked;
}

/** Null when the project is not this team's (the same answer as a missing id). */
export async function projectHistory(opts: { teamId: string; projectId: string }): Promise<ProjectHistory | null> {
  const project = await prisma.project.findFirst({ where: { id: opts.projectId, teamId: opts.teamId }, select: { id: true, name: true } });
  if (!project) return null;
  const rows = await prisma.generation.findMany({
    where: { teamId: opts.teamId, projectId: project.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
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
      parentImage: {
        select: {
          index: true,
          generation: { select: { id: true, teamId: true, projectId: true, project: { select: { id: true, name: true, teamId: true } } } },
        },
      },
      images: { orderBy: { index: "asc" }, select: { id: true, index: true, width: true, height: true, pick: true } },
      inputs: { where: { role: "mask" }, select: { id: true } },
    },
  });
  const steps = rows.map((row): HistoryStep => {
    const status = generationStatusSchema.parse(row.status);
    const costUsd = row.costUsd === null ? null : row.costUsd.toFixed();
    const parentGen = row.parentImage?.generation;
    const ours = parentGen && parentGen.teamId === opts.teamId ? parentGen : null;
    const inProject = ours && ours.projectId === project.id;
    const otherProject = ours && !inProject && ours.project && ours.project.teamId === opts.teamId ? ours.project : null;
    return {
      id: row.id,
      kind: row.kind === "edit" ? "edit" : "generate",
      model: row.model,
      prompt: row.prompt,
      params: diffParams(row),
      status,
      costUsd,
      costUnknown: mayHaveBeenBilled({ status, costUsd, sent: row.sentAt !== null }),
      createdAt: row.createdAt.toISOString(),
      author: row.createdBy ? (row.createdBy.name ?? row.createdBy.email) : null,
      parent: inProject && row.parentImageId ? { imageId: row.parentImageId, generationId: ours.id, index: row.parentImage!.index } : null,
      from: otherProject ? { projectId: otherProject.id, projectName: otherProject.name, generationId: ours!.id } : null,
      images: row.images.map((img) => ({ ...img, pick: imagePickSchema.catch(null).parse(img.pick) })),
      maskInputId: row.inputs[0]?.id ?? null,
    };
  });
  return { project, steps };
}
