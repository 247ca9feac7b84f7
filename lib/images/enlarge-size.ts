// How large an enlargement comes out (issue 17): twice the size, the most a 4K frame holds, or
// a width the person types; always the image's own aspect, sides in multiples of 16 (what
// gpt-image-2 takes), and within the limit of the way it is made: the model's size rule
// (docs/images-api.md §1), or Fresco's own for a local resize. Beyond it: a sentence, never
// a silently smaller picture. No node-only imports: the enlarge menu computes it live.
import { z } from "zod";
import { customSizeProblem, type PixelSize } from "./custom-size";
import { getModel, MODEL_IDS, type ModelId } from "./models";

export const ENLARGE_MULTIPLE = 16;
/** A 4K UHD frame's pixels (3840×2160), in either orientation or any aspect. */
export const FOUR_K = { side: 3840, pixels: 3840 * 2160 } as const;
/** Fresco's own ceiling for a local resize: an 8K UHD frame's pixels, a side at most 7680. */
export const LOCAL_LIMIT = { side: 7680, pixels: 7680 * 4320 } as const;

export const enlargeTargetSchema = z.discriminatedUnion("by", [
  z.object({ by: z.literal("scale"), factor: z.number().min(1).max(8) }),
  z.object({ by: z.literal("4k") }),
  z.object({ by: z.literal("width"), width: z.number().int().min(16).max(LOCAL_LIMIT.side) }),
]);
export type EnlargeTarget = z.infer<typeof enlargeTargetSchema>;

/** How it is made: an edit on a model that takes large sizes, or Lanczos with sharp, free. */
export const enlargeWaySchema = z.discriminatedUnion("method", [
  z.object({ method: z.literal("model"), model: z.enum(MODEL_IDS) }),
  z.object({ method: z.literal("local") }),
]);
export type EnlargeWay = z.infer<typeof enlargeWaySchema>;

const snap = (value: number, round: (x: number) => number) => Math.max(ENLARGE_MULTIPLE, round(value / ENLARGE_MULTIPLE) * ENLARGE_MULTIPLE);

/** The size an image of `source` is enlarged to, aspect kept, sides in multiples of 16. */
export function enlargedSize(source: PixelSize, target: EnlargeTarget): PixelSize {
  const { width, height } = source;
  switch (target.by) {
    case "scale":
      return { width: snap(width * target.factor, Math.round), height: snap(height * target.factor, Math.round) };
    case "width": {
      const w = snap(target.width, Math.round);
      return { width: w, height: snap((w * height) / width, Math.round) };
    }
    case "4k": {
      // The largest picture of this shape that fits the 4K frame's pixels and its long side; rounded
      // down, so it never spills past either.
      const scale = Math.min(Math.sqrt(FOUR_K.pixels / (width * height)), FOUR_K.side / Math.max(width, height));
      return { width: snap(width * scale, Math.floor), height: snap(height * scale, Math.floor) };
    }
  }
}

const times = (p: PixelSize) => `${p.width}×${p.height}`;
const count = (n: number) => n.toLocaleString("en-US");

/** Why `size` cannot be made from `source` this way, as one sentence; null when it can. */
export function enlargeProblem(source: PixelSize, size: PixelSize, way: EnlargeWay): string | null {
  if (size.width <= source.width || size.height <= source.height) {
    return `${times(size)} is not larger than the image (${times(source)}): choose a larger size.`;
  }
  if (way.method === "local") {
    if (Math.max(size.width, size.height) > LOCAL_LIMIT.side || size.width * size.height > LOCAL_LIMIT.pixels) {
      return `Fresco enlarges locally up to ${LOCAL_LIMIT.side} pixels a side and ${count(LOCAL_LIMIT.pixels)} pixels (8K): ${times(size)} is more.`;
    }
    return null;
  }
  const model = getModel(way.model);
  if (!model.endpoints.includes("edit")) return `${model.label} cannot edit images, so it cannot enlarge them.`;
  if (!model.customSizes) return `${model.label} makes only 1024×1024, 1536×1024 and 1024×1536 images; enlarge with GPT Image 2, or locally.`;
  const problem = customSizeProblem(size, model.customSizes);
  return problem ? `${model.label}: ${problem} Choose a smaller size, or enlarge locally.` : null;
}

/** The models that can enlarge: they edit and take sizes beyond the listed ones, newest first. */
export const ENLARGE_MODELS: ModelId[] = MODEL_IDS.filter((id) => getModel(id).customSizes && getModel(id).endpoints.includes("edit"));

/** The highest input fidelity a model takes, or undefined when it takes none (gpt-image-2 reads at high fidelity anyway). */
export function highestFidelity(model: ModelId): "high" | "low" | undefined {
  const allowed = getModel(model).inputFidelity;
  return allowed.includes("high") ? "high" : allowed[0];
}

/** The instruction sent with an enlargement by the model: keep the content, add only detail. */
export function enlargePrompt(size: PixelSize): string {
  return (
    `Enlarge this image to ${times(size)}. Keep its content exactly as it is: the same composition, ` +
    "subjects, faces, colours, lighting, text and style, nothing added, moved or removed. Only " +
    "render finer detail, consistent with what is there."
  );
}

/** "2048×2048" for a label. */
export const sizeLabel = times;
