// The gallery's reads: a page of the team's images (or of its stopped runs) under the filters,
// an image's neighbours in that order, and how much stopped work there is.
import "server-only";
import { imagePickSchema } from "@/lib/views/generation";
import { GALLERY_PAGE_SIZE, STOPPED_STATUSES, galleryImageSchema, stoppedRunSchema, type GalleryFilters, type GalleryImage, type GalleryPage, type StoppedRun } from "@/lib/views/gallery";
import { prisma } from "./client";
import { placeholders } from "./dialect";
import { decodeCursor, encodeCursor, imagesQuery, runsQuery, type GalleryScope, type PageKey, type Sql } from "./gallery-query";
import { getProject } from "./projects";

interface ImageRow {
  id: string;
  generationId: string;
  width: number;
  height: number;
  thumbnailKey: string;
  pick: string | null;
  reviewState: string;
  createdAtText: string;
  prompt: string;
  model: string;
  cost: number | null;
  costText: string | null;
  author: string | null;
  favourite: number | bigint | boolean;
}

interface RunRow {
  id: string;
  prompt: string;
  status: string;
  errorMessage: string | null;
  cost: number | null;
  costText: string | null;
  createdAtText: string;
  author: string | null;
}

const run = <T>(q: Sql) => prisma.$queryRawUnsafe<T[]>(placeholders(q.sql), ...q.args);
const iso = (stored: string) => new Date(stored.replace(" ", "T")).toISOString();
const keyOf = (row: { cost: number | null; createdAtText: string; id: string }): PageKey => ({ cost: row.cost, createdAt: row.createdAtText, id: row.id });

function toImage(row: ImageRow): GalleryImage {
  return galleryImageSchema.parse({
    id: row.id,
    generationId: row.generationId,
    width: row.width,
    height: row.height,
    thumb: row.thumbnailKey.split("/").pop()!.slice(0, 16),
    prompt: row.prompt,
    model: row.model,
    author: row.author,
    costUsd: row.costText,
    pick: imagePickSchema.catch(null).parse(row.pick),
    reviewState: row.reviewState,
    favourite: Boolean(Number(row.favourite)),
    createdAt: iso(row.createdAtText),
  });
}

function toRun(row: RunRow): StoppedRun {
  return stoppedRunSchema.parse({ id: row.id, prompt: row.prompt, status: row.status, reason: row.errorMessage, costUsd: row.costText, author: row.author, createdAt: iso(row.createdAtText) });
}

/**
 * One page of the gallery under `filters`, after `cursor`. A project filter names one of the
 * team's projects (another team's id is NOT_FOUND); every other id only narrows the team's rows.
 */
export async function galleryPage(opts: GalleryScope & { filters: GalleryFilters; cursor?: string; limit?: number }): Promise<GalleryPage> {
  const { filters, teamId, userId } = opts;
  if (filters.project) await getProject({ teamId, projectId: filters.project });
  const after = opts.cursor ? decodeCursor(opts.cursor) : undefined;
  const limit = opts.limit ?? GALLERY_PAGE_SIZE;
  // One row more than shown says whether there is a next page.
  if (filters.status) {
    const rows = await run<RunRow>(runsQuery({ ...filters, status: filters.status }, { teamId, userId }, { after, limit: limit + 1 }));
    const shown = rows.slice(0, limit);
    return { view: "runs", items: shown.map(toRun), next: rows.length > limit ? encodeCursor(keyOf(shown.at(-1)!)) : null };
  }
  const rows = await run<ImageRow>(imagesQuery(filters, { teamId, userId }, { after, limit: limit + 1 }));
  const shown = rows.slice(0, limit);
  return { view: "images", items: shown.map(toImage), next: rows.length > limit ? encodeCursor(keyOf(shown.at(-1)!)) : null };
}

/**
 * The images before and after `imageId` in the gallery's order under `filters` (← and → on its
 * page). Null neighbours at either end; both null when the image is not the team's or is
 * outside the filters.
 */
export async function galleryNeighbours(opts: GalleryScope & { filters: GalleryFilters; imageId: string }): Promise<{ previous: GalleryImage | null; next: GalleryImage | null }> {
  const scope = { teamId: opts.teamId, userId: opts.userId };
  const filters = { ...opts.filters, status: undefined };
  const [self] = await run<ImageRow>(imagesQuery(filters, scope, { imageId: opts.imageId, limit: 1 }));
  if (!self) return { previous: null, next: null };
  const after = keyOf(self);
  const [[previous], [next]] = await Promise.all([
    run<ImageRow>(imagesQuery(filters, scope, { after, limit: 1, reverse: true })),
    run<ImageRow>(imagesQuery(filters, scope, { after, limit: 1 })),
  ]);
  return { previous: previous ? toImage(previous) : null, next: next ? toImage(next) : null };
}

/** How many of the team's runs failed, were canceled or interrupted (the grid's one-line summary). */
export async function countStoppedRuns(opts: { teamId: string }): Promise<Record<(typeof STOPPED_STATUSES)[number], number>> {
  const groups = await prisma.generation.groupBy({ by: ["status"], where: { teamId: opts.teamId, status: { in: [...STOPPED_STATUSES] } }, _count: { _all: true } });
  const counts = { failed: 0, canceled: 0, interrupted: 0 };
  for (const g of groups) counts[g.status as keyof typeof counts] = g._count._all;
  return counts;
}
