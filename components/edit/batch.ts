// Bulk inpainting as data: one edit per prompt line, or the same prompt and mask on several
// images. The server takes one or the other, never both (lib/edits/edit-form.ts).
import { MAX_BULK } from "@/lib/edits/edit-form";
import { add, parseDecimal, toDecimalString } from "@/lib/images/decimal";
import { estimateCost, type PriceRates } from "@/lib/images/cost";
import type { PixelSize } from "@/lib/images/tokens";
import type { EditPanelParams } from "./use-edit-params";

export type BatchMode = "single" | "prompts" | "images";
export type Batch = { mode: BatchMode; promptsText: string; targets: string[] };
export const NO_BATCH: Batch = { mode: "single", promptsText: "", targets: [] };
export { MAX_BULK };

export const promptLines = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

/** What one submission will queue: a prompt and the images each generation receives. */
export type PlannedEdit = { prompt: string; sizes: PixelSize[] };

export function planEdits(batch: Batch, prompt: string, sizes: PixelSize[], targetSizes: Map<string, PixelSize>): PlannedEdit[] {
  if (batch.mode === "prompts") return promptLines(batch.promptsText).map((p) => ({ prompt: p, sizes }));
  if (batch.mode === "images") {
    // Each selected image becomes the base of its own edit; the references follow it.
    return batch.targets.map((id) => ({ prompt, sizes: [targetSizes.get(id) ?? sizes[0]!, ...sizes.slice(1)] }));
  }
  return [{ prompt, sizes }];
}

/** The sum of the estimates, as an exact decimal string (null when a price or token count is unknown). */
export function estimateTotal(plan: PlannedEdit[], params: EditPanelParams, rates: PriceRates | undefined): string | null {
  if (!rates) return null;
  let total = parseDecimal("0");
  for (const item of plan) {
    const known = item.sizes.filter((s) => s.width > 0 && s.height > 0);
    const est = estimateCost({ ...params, prompt: item.prompt || " " }, rates, { inputImageSizes: known });
    if (!est) return null;
    total = add(total, parseDecimal(est.total));
  }
  return toDecimalString(total);
}
