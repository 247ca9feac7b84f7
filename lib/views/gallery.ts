// The gallery's filters, as they live in the address (shareable, kept on reload), and the shapes
// its pages hand to the browser. One schema read by the page, the route and the filter bar.
import { z } from "zod";
import { REVIEW_STATES } from "./review-states";

export const GALLERY_SORTS = ["newest", "oldest", "cost"] as const;
export const STOPPED_STATUSES = ["failed", "canceled", "interrupted"] as const;
export const PICK_FILTERS = ["finalist", "discarded", "kept"] as const;
export const GALLERY_PAGE_SIZE = 60;

const id = z.string().trim().min(1).max(64, "An id is at most 64 characters.");
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Dates are written YYYY-MM-DD.").refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), "That date does not exist.");
const usd = z.string().trim().regex(/^\d{1,6}(\.\d{1,6})?$/, "A cost is a number of dollars, such as 0.05.");
// An empty field in a submitted form means "any".
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());
const oneOf = <const T extends readonly [string, ...string[]]>(name: string, values: T) =>
  z.enum(values, { error: `The ${name} filter is one of: ${values.join(", ")}.` });

export const galleryFiltersSchema = z
  .object({
    q: optional(z.string().trim().max(200, "A search is at most 200 characters.")),
    author: optional(id),
    project: optional(id),
    model: optional(z.string().trim().max(64, "A model name is at most 64 characters.")),
    status: optional(oneOf("status", STOPPED_STATUSES)),
    review: optional(oneOf("review", REVIEW_STATES)),
    pick: optional(oneOf("pick", PICK_FILTERS)),
    fav: optional(z.literal("1", { error: "The favourites filter is 1 or absent." })),
    from: optional(day),
    to: optional(day),
    min: optional(usd),
    max: optional(usd),
    sort: optional(oneOf("sort", GALLERY_SORTS)),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "The start date is after the end date.", path: ["to"] })
  .refine((f) => !f.min || !f.max || Number(f.min) <= Number(f.max), { message: "The lowest cost is above the highest.", path: ["max"] });
export type GalleryFilters = z.infer<typeof galleryFiltersSchema>;

const FILTER_KEYS = ["q", "author", "project", "model", "status", "review", "pick", "fav", "from", "to", "min", "max", "sort"] as const;

/** The filters of an address's query (the first value of a repeated key; other keys ignored). */
export function filtersFromQuery(query: URLSearchParams | Record<string, string | string[] | undefined>) {
  const get = (k: string) => (query instanceof URLSearchParams ? (query.get(k) ?? undefined) : [query[k]].flat()[0]);
  return galleryFiltersSchema.safeParse(Object.fromEntries(FILTER_KEYS.map((k) => [k, get(k)])));
}

/** The query string of a set of filters, in a stable order, without empty ones or the default sort. */
export function filtersToQuery(filters: GalleryFilters): string {
  const params = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    const v = filters[k];
    if (v !== undefined && !(k === "sort" && v === "newest")) params.set(k, v);
  }
  return params.toString();
}

/** One image in the grid; its id is stable (a selection layer can key on it). */
export const galleryImageSchema = z.object({
  id: z.string(),
  generationId: z.string(),
  width: z.number(),
  height: z.number(),
  /** The thumbnail's content hash: part of its address, so a new thumbnail is a new URL. */
  thumb: z.string(),
  prompt: z.string(),
  model: z.string(),
  author: z.string().nullable(),
  /** The generation's cost in USD (exact decimal as text); null when unknown. */
  costUsd: z.string().nullable(),
  pick: z.enum(["finalist", "discarded"]).nullable(),
  reviewState: z.enum(REVIEW_STATES),
  favourite: z.boolean(),
  createdAt: z.string(),
});
export type GalleryImage = z.infer<typeof galleryImageSchema>;

/** Failed, canceled or interrupted work: one line each. */
export const stoppedRunSchema = z.object({
  id: z.string(),
  prompt: z.string(),
  status: z.enum(STOPPED_STATUSES),
  reason: z.string().nullable(),
  costUsd: z.string().nullable(),
  author: z.string().nullable(),
  createdAt: z.string(),
});
export type StoppedRun = z.infer<typeof stoppedRunSchema>;

export const galleryPageSchema = z.discriminatedUnion("view", [
  z.object({ view: z.literal("images"), items: z.array(galleryImageSchema), next: z.string().nullable() }),
  z.object({ view: z.literal("runs"), items: z.array(stoppedRunSchema), next: z.string().nullable() }),
]);
export type GalleryPage = z.infer<typeof galleryPageSchema>;

/** Where a tile leads: the image's page, carrying the filters so ← → stay inside them. */
export function imageHref(image: { id: string; generationId: string }, filterQuery: string): string {
  return `/gallery/${image.generationId}?image=${image.id}${filterQuery ? `&${filterQuery}` : ""}`;
}

/** The image page's way around the gallery view it was opened from (← →, and back). */
export interface ImageNav {
  imageId: string;
  favourite: boolean;
  previousHref: string | null;
  nextHref: string | null;
  galleryHref: string;
}
