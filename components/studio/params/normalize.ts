// The rules every image request's fields follow in a form, for generations and edits alike:
// values the chosen model supports, n within its range, a transparent background never with
// JPEG, and compression only for JPEG and WebP.
import { getModel, type ModelId } from "@/lib/images/models";
import type { GenerateParams } from "@/lib/images/schemas";

type Common = Pick<GenerateParams, "model" | "size" | "quality" | "n" | "background" | "output_format" | "output_compression">;

export function normalizeCommon<T extends Common>(p: T): T {
  const model = getModel(p.model as ModelId);
  const next = { ...p };
  if (!model.sizes.includes(next.size)) next.size = model.sizes[0]!;
  if (!model.qualities.includes(next.quality)) next.quality = model.qualities[0]!;
  next.n = Math.min(model.n.max, Math.max(model.n.min, Math.round(next.n) || 1));
  if (next.background === "transparent" && next.output_format === "jpeg") next.output_format = "png";
  if (next.output_format === "png") delete next.output_compression;
  else next.output_compression ??= 90;
  return next;
}
