// What review, comments and the activity feed hand to the browser, and the zod shapes of what
// comes back from it (a comment's body, its pin, a rejection's reason). One source for the
// action, the database code and the forms.
import { z } from "zod";
import type { ReviewMove, ReviewState } from "./review-states";

export const COMMENT_MAX = 4000;
export const REASON_MAX = 1000;

const fraction = z.number().finite().min(0, "A pin lies inside the image.").max(1, "A pin lies inside the image.");
const extent = z.number().finite().min(0.005, "A region must be a little larger.").max(1, "A pin lies inside the image.");
// A rounding margin: the browser's fractions of a region drawn to the very edge may sum past 1.
const EDGE = 1e-6;

export type PointPin = { x: number; y: number };
export type RegionPin = { x: number; y: number; w: number; h: number };
export type Pin = PointPin | RegionPin;

/** A point {x, y} or a region {x, y, w, h}, in fractions of the image's width and height. */
export const pinSchema = z
  .strictObject(
    { x: fraction, y: fraction, w: extent.optional(), h: extent.optional() },
    { error: "A pin is a point {x, y} or a region {x, y, w, h} in fractions of the image." },
  )
  .refine((p) => (p.w === undefined) === (p.h === undefined), "A region has both a width and a height.")
  .refine((p) => p.w === undefined || (p.x + p.w <= 1 + EDGE && p.y + (p.h ?? 0) <= 1 + EDGE), "A region lies inside the image.")
  .transform((p): Pin => (p.w !== undefined && p.h !== undefined ? { x: p.x, y: p.y, w: p.w, h: p.h } : { x: p.x, y: p.y }));

export const isRegion = (pin: Pin): pin is RegionPin => "w" in pin;

export const commentBodySchema = z
  .string()
  .trim()
  .min(1, "Write something first.")
  .max(COMMENT_MAX, `A comment is at most ${COMMENT_MAX.toLocaleString("en")} characters.`);

export const reasonSchema = z
  .string()
  .trim()
  .max(REASON_MAX, `A reason is at most ${REASON_MAX.toLocaleString("en")} characters.`);

/** A person as the review UI names them. */
export interface PersonRef {
  id: string;
  name: string;
}

export interface ReviewView {
  imageId: string;
  state: ReviewState;
  reason: string | null;
  submittedAt: string | null;
  submittedBy: PersonRef | null;
  decidedAt: string | null;
  decidedBy: PersonRef | null;
  /** The generation's author; null once their account is gone. */
  authorId: string | null;
  /** What the person looking may do now (review-states.ts). */
  moves: ReviewMove[];
  /** Past steps of this image's review, newest first (from the activity feed). */
  history: { kind: string; at: string; by: string | null; reason: string | null }[];
}

export interface CommentView {
  id: string;
  parentId: string | null;
  author: PersonRef | null;
  /** Empty for a deleted comment kept for its replies. */
  body: string;
  pin: Pin | null;
  /** The pinned marker's number over the image (top-level pinned comments, oldest first). */
  marker: number | null;
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
  replies: CommentView[];
}

export const ACTIVITY_KINDS = ["generated", "submitted", "withdrawn", "approved", "rejected", "reopened", "commented", "mentioned", "budget"] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export interface ActivityView {
  id: string;
  kind: ActivityKind;
  actor: string | null;
  at: string;
  image: { id: string; generationId: string; prompt: string } | null;
  /** A comment's first words, or a rejection's reason. */
  excerpt: string | null;
  /** It concerns the person looking and came after their last visit. */
  unread: boolean;
}

export const personName = (u: { name: string | null; email: string }) => u.name?.trim() || u.email.split("@")[0]!;
