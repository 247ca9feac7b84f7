// Read models for pages and routes: plain, serializable shapes (no Decimal, no Date objects)
// so server components can hand them straight to client components.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "./client";
import { imagePickSchema, inputViewSchema, type GenerationView, type ResolvedView } from "@/lib/views/generation";
import { lineageParentSchema, type LineageParent } from "@/lib/views/lineage";
import { readStoredRequest } from "@/lib/generations/request";
import { generationStatusSchema } from "@/lib/generations/status";
import { costOf } from "@/lib/images/cost";
import { imageFormatSchema } from "@/lib/images/image-file";
import { NEWEST_FIRST, olderThan } from "./keyset";
import { toPriceRow } from "./prices";

export type { GenerationView, ImageView, InputView } from "@/lib/views/generation";

const generationInclude = {
  images: { where: { trashedAt: null }, orderBy: { index: "asc" } }, // trashed: only in the trash view
  priceTable: true,
  createdBy: { select: { name: true, email: true } },
  parentImage: { select: { id: true, index: true, generation: { select: { id: true, teamId: true, kind: true, model: true, prompt: true, params: true } } } },
  inputs: { orderBy: [{ role: "asc" }, { index: "asc" }], select: { id: true, role: true, index: true, name: true, width: true, height: true, format: true } },
} satisfies Prisma.GenerationInclude;

// An edit's drawn mask (up to 1 MB) is read only when it is restored (lib/db/mask-states.ts).
const withoutMaskState = { maskState: true } satisfies Prisma.GenerationOmit;

type GenerationRow = Omit<Prisma.GenerationGetPayload<{ include: typeof generationInclude }>, "maskState">;

// Columns hold plain strings; these say what they may be (a stray value is a bug, not a view).
const format = (value: string) => imageFormatSchema.parse(value);
const pick = imagePickSchema.catch(null);
const role = inputViewSchema.shape.role;
const lineageKind = lineageParentSchema.shape.kind;

function resolvedOf(row: GenerationRow): ResolvedView | null {
  const { resolvedSize: size, resolvedQuality: quality, resolvedBackground: background, resolvedFormat } = row;
  if (size === null && quality === null && background === null && resolvedFormat === null) return null;
  return { size, quality, background, format: resolvedFormat === null ? null : format(resolvedFormat) };
}

/** The parent as a view; one from another team is never shown (parents are set from team-checked ids). */
function parentOf(row: GenerationRow): LineageParent | null {
  const image = row.parentImage;
  if (!image || image.generation.teamId !== row.teamId) return null;
  const { id: generationId, kind, model, prompt, params } = image.generation;
  const quality = params && typeof params === "object" && "quality" in params && typeof params.quality === "string" ? params.quality : null;
  return { generationId, imageId: image.id, index: image.index, kind: lineageKind.parse(kind), model, prompt, quality };
}

export function toGenerationView(row: GenerationRow): GenerationView {
  const usage =
    row.totalTokens !== null
      ? {
          textTokensIn: row.textTokensIn ?? 0,
          imageTokensIn: row.imageTokensIn ?? 0,
          imageTokensOut: row.imageTokensOut ?? 0,
          textTokensOut: row.textTokensOut ?? 0,
          totalTokens: row.totalTokens,
        }
      : null;
  const { kind, params, options } = readStoredRequest(row);
  return {
    id: row.id,
    kind,
    model: row.model,
    prompt: row.prompt,
    params,
    options,
    resolved: resolvedOf(row),
    createdById: row.createdById,
    createdByName: row.createdBy ? (row.createdBy.name ?? row.createdBy.email) : null,
    status: generationStatusSchema.parse(row.status),
    errorCode: row.errorCode,
    errorMessage: row.errorMessage,
    requestId: row.requestId,
    usage,
    costUsd: row.costUsd === null ? null : row.costUsd.toString(),
    // The same computation that priced the run when it was stored (lib/jobs/store-outcome.ts).
    cost: costOf(usage, row.priceTable && toPriceRow(row.priceTable)),
    retries: row.retries,
    batchId: row.batchId,
    parentImageId: row.parentImageId,
    parent: parentOf(row),
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    providerMs: row.providerMs,
    images: row.images.map((img) => ({
      id: img.id,
      index: img.index,
      pick: pick.parse(img.pick),
      hasRaw: img.rawStorageKey !== null,
      format: format(img.format),
      width: img.width,
      height: img.height,
      bytes: img.bytes,
    })),
    inputs: row.inputs.map((input) => ({ ...input, role: role.parse(input.role), format: format(input.format) })),
  };
}

/** The team's generations, newest first; with `projectId`, only that project's. */
export async function listGenerations(opts: { teamId: string; take: number; cursor?: string; projectId?: string }): Promise<GenerationView[]> {
  // The cursor is read in the team (another team's id is no cursor: nothing after it), then the
  // page is a seek to it (lib/db/keyset.ts), not Prisma's cursor, which walks down from the newest.
  const after = opts.cursor ? await prisma.generation.findFirst({ where: { id: opts.cursor, teamId: opts.teamId }, select: { createdAt: true, id: true } }) : undefined;
  if (after === null) return [];
  const rows = await prisma.generation.findMany({
    where: { teamId: opts.teamId, ...(opts.projectId ? { projectId: opts.projectId } : {}), ...olderThan(after && { at: after.createdAt, id: after.id }) },
    include: generationInclude,
    omit: withoutMaskState,
    orderBy: NEWEST_FIRST,
    take: opts.take,
  });
  return rows.map(toGenerationView);
}

export async function getGeneration(opts: { teamId: string; id: string }): Promise<GenerationView | null> {
  const row = await prisma.generation.findFirst({ where: { id: opts.id, teamId: opts.teamId }, include: generationInclude, omit: withoutMaskState });
  return row ? toGenerationView(row) : null;
}

/** Several generations of the team in one read (an event stream's snapshot); ids of other teams find nothing. */
export async function getGenerations(opts: { teamId: string; ids: string[] }): Promise<GenerationView[]> {
  if (opts.ids.length === 0) return [];
  const rows = await prisma.generation.findMany({ where: { id: { in: opts.ids }, teamId: opts.teamId }, include: generationInclude, omit: withoutMaskState });
  return rows.map(toGenerationView);
}

// An image's files for the image route, in one raw statement (every thumbnail on screen asks
// it); a trashed image is as missing as an unknown id, unless `inTrash` asks for the trash view's.
export { getImageFile } from "./image-file";

// The month's spend and recent prompts are kept as work is made (issue 18): their reads live
// beside the tables that hold them.
export { monthSpend } from "./month-spend";
export { recentPrompts } from "./recent-prompts";
