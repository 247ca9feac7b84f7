// A finalist's request asked again of another model at another quality: one image, and what the
// new model cannot take repaired by its own rules (a custom size becomes the listed size nearest
// in shape), so a re-run across models never fails on a field. Shared by the menu and the action.
import { conform } from "./model-rules";
import type { ModelId, Quality } from "./models";
import { generateParamsSchema } from "./schemas";

export function rerunParams(stored: unknown, model: ModelId, quality: Quality) {
  const original = generateParamsSchema.safeParse(stored);
  if (!original.success) return original;
  return generateParamsSchema.safeParse(conform({ ...original.data, model, quality, n: 1 }, "generate"));
}
