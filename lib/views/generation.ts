// The shape of a generation as pages and the browser see it: plain JSON, no Decimal or Date.
// A zod schema, because the browser receives it over /api/events and parses it there.
import { z } from "zod";
import { editOptionsSchema, stepKindSchema } from "@/lib/generations/request";
import { generationStatusSchema } from "@/lib/generations/status";
import { costBreakdownSchema } from "@/lib/images/cost";
import { imageFileSchema, imageFormatSchema } from "@/lib/images/image-file";
import { normalizedUsageSchema } from "@/lib/images/usage";
import { lineageParentSchema } from "./lineage";

export const imagePickSchema = z.enum(["finalist", "discarded"]).nullable();
export type ImagePick = z.infer<typeof imagePickSchema>;

const id = z.string().min(1);
const index = z.number().int().nonnegative();

export const imageViewSchema = imageFileSchema.extend({
  id,
  index,
  pick: imagePickSchema,
  /** True when the file is a composite and the provider's raw output is kept beside it. */
  hasRaw: z.boolean(),
  bytes: z.number().int().nonnegative(),
});
export type ImageView = z.infer<typeof imageViewSchema>;

/** A file sent with an edit (served by /api/generation-inputs/[id]): images in order, then the mask. */
export const inputViewSchema = imageFileSchema.extend({
  id,
  role: z.enum(["image", "mask"]),
  /** Order among the images; 0 is the base the mask applies to. */
  index,
  name: z.string(),
});
export type InputView = z.infer<typeof inputViewSchema>;

/** What the provider made of the request's `auto`s, as it said (or as the image shows). */
export const resolvedViewSchema = z.object({
  size: z.string().nullable(),
  quality: z.string().nullable(),
  background: z.string().nullable(),
  format: imageFormatSchema.nullable(),
});
export type ResolvedView = z.infer<typeof resolvedViewSchema>;

const time = z.iso.datetime();
const ms = z.number().int().nonnegative();

export const generationViewSchema = z.object({
  id,
  /** "local": a step Fresco made without a provider (an enlargement with sharp), $0. */
  kind: stepKindSchema,
  model: z.string(),
  prompt: z.string(),
  /** The provider parameters as asked for (what was sent, `auto`s and all). */
  params: z.record(z.string(), z.unknown()),
  /** Fresco's own options (edits only). */
  options: editOptionsSchema.nullable(),
  /** Null until the provider has answered. */
  resolved: resolvedViewSchema.nullable(),
  createdById: z.string().nullable(),
  /** The author's name (or email), shown to the team. */
  createdByName: z.string().nullable(),
  status: generationStatusSchema,
  errorCode: z.string().nullable(),
  errorMessage: z.string().nullable(),
  requestId: z.string().nullable(),
  usage: normalizedUsageSchema.nullable(),
  costUsd: z.string().nullable(),
  /** The cost split into text in, image in and image out, from the usage and its price table. */
  cost: costBreakdownSchema.nullable(),
  retries: z.number().int().nonnegative(),
  batchId: z.string().nullable(),
  parentImageId: z.string().nullable(),
  /** The image this was made from (a re-run's finalist, an edit's base from the gallery). */
  parent: lineageParentSchema.nullable(),
  createdAt: time,
  finishedAt: time.nullable(),
  providerMs: ms.nullable(),
  images: z.array(imageViewSchema),
  /** Edits only: the base, reference images and mask; empty for generations. */
  inputs: z.array(inputViewSchema),
});
export type GenerationView = z.infer<typeof generationViewSchema>;
