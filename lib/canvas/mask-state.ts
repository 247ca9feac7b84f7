// The committed mask as JSON: stored with an edit so it can be opened again and re-submitted.
// Only what is drawn is kept (no ids, no redo stack); an imported bitmap travels as a PNG.
// Sizes are bounded so a hostile body costs little to refuse; the server checks the shape
// only, and bitmaps are decoded where the mask is restored (the browser).
import { z } from "zod";
import type { MaskModel, MaskShape } from "./model";
import { decodePng, encodeRgbaPng } from "./png";
import { rasterize, type Coverage } from "./rasterize";
import { resampleCoverage } from "./resample";

export const MASK_LIMITS = { side: 16384, pixels: 64_000_000, shapes: 1000, points: 20_000, totalPoints: 200_000, bitmaps: 4 };

const coord = z.number().finite();
const length = z.number().finite().nonnegative().max(MASK_LIMITS.side);
const points = (min: number) =>
  z
    .array(coord)
    .min(min)
    .max(MASK_LIMITS.points, `A mask shape may have at most ${MASK_LIMITS.points / 2} points.`)
    .refine((p) => p.length % 2 === 0, "A shape's points come in x,y pairs.");

const shapeSchema = z.discriminatedUnion("tool", [
  z.object({ tool: z.enum(["brush", "eraser"]), points: points(2), size: length.positive(), feather: length }),
  z.object({ tool: z.literal("rect"), points: points(4).refine((p) => p.length === 4, "A rectangle has 4 numbers."), feather: length }),
  z.object({ tool: z.literal("lasso"), points: points(6), feather: length }),
  z.object({ tool: z.enum(["fill", "clear", "invert"]) }),
  // Base64 of a PNG whose alpha is the coverage; the form field's 1 MB bounds it.
  z.object({ tool: z.literal("bitmap"), png: z.base64().max(1_500_000) }),
], { error: "A mask shape's tool must be brush, eraser, rect, lasso, fill, clear, invert or bitmap." });

export const maskStateSchema = z
  .object({
    version: z.literal(1),
    width: z.number().int().min(1).max(MASK_LIMITS.side),
    height: z.number().int().min(1).max(MASK_LIMITS.side),
    shapes: z.array(shapeSchema).max(MASK_LIMITS.shapes, `A mask may have at most ${MASK_LIMITS.shapes} shapes.`),
  })
  .refine((m) => m.width * m.height <= MASK_LIMITS.pixels, "The mask is larger than an image may be.")
  .refine(
    (m) => m.shapes.reduce((n, s) => n + ("points" in s ? s.points.length : 0), 0) <= MASK_LIMITS.totalPoints,
    `A mask may have at most ${MASK_LIMITS.totalPoints / 2} points in all.`,
  )
  .refine((m) => m.shapes.filter((s) => s.tool === "bitmap").length <= MASK_LIMITS.bitmaps, `A mask may hold at most ${MASK_LIMITS.bitmaps} imported bitmaps.`);
export type SerializedMask = z.infer<typeof maskStateSchema>;

/** The committed shapes of a mask as plain JSON data. */
export function serializeMask(model: MaskModel): SerializedMask {
  const shapes = model.shapes.map((s): SerializedMask["shapes"][number] => {
    switch (s.tool) {
      case "brush":
      case "eraser":
        return { tool: s.tool, points: [...s.points], size: s.size, feather: s.feather };
      case "rect":
      case "lasso":
        return { tool: s.tool, points: [...s.points], feather: s.feather };
      case "bitmap":
        return { tool: "bitmap", png: toBase64(coveragePng(s.coverage, model.width, model.height)) };
      default:
        return { tool: s.tool };
    }
  });
  return { version: 1, width: model.width, height: model.height, shapes };
}

/** Validates a stored or posted mask; throws an Error whose message a person can read. */
export function parseMask(json: unknown): SerializedMask {
  const parsed = maskStateSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length ? ` (at ${issue.path.join(".")})` : "";
  throw new Error(`The saved mask is not usable: ${issue.message}${where}`);
}

/** The model a serialized mask describes, ids numbered afresh. */
export function restoreMask(data: SerializedMask): MaskModel {
  const shapes = data.shapes.map((s, i): MaskShape => {
    const id = `m${i + 1}`;
    switch (s.tool) {
      case "brush":
      case "eraser":
        return { id, ...s, points: [...s.points] };
      case "rect":
      case "lasso":
        return { id, ...s, points: [...s.points], size: 0 };
      case "bitmap":
        return { id, tool: "bitmap", coverage: coverageOf(fromBase64(s.png), data.width, data.height) };
      default:
        return { id, tool: s.tool };
    }
  });
  return { width: data.width, height: data.height, shapes };
}

/** The restored mask's coverage at the editor's size (the reducer's `load` action takes it). */
export function restoredCoverage(data: SerializedMask, width: number, height: number): Coverage {
  const coverage = rasterize(restoreMask(data));
  return resampleCoverage(coverage, data.width, data.height, width, height);
}

function coveragePng(coverage: Uint8ClampedArray, width: number, height: number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < coverage.length; i++) rgba[i * 4 + 3] = coverage[i]!;
  return encodeRgbaPng(rgba, width, height);
}

function coverageOf(bytes: Uint8Array, width: number, height: number): Coverage {
  // The header's size is checked before a pixel is inflated: a bitmap must match its mask.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 24 || view.getUint32(16) !== width || view.getUint32(20) !== height) {
    throw new Error(`The saved mask's bitmap is not ${width}×${height}.`);
  }
  const { rgba } = decodePng(bytes);
  const coverage = new Uint8ClampedArray(width * height);
  for (let i = 0; i < coverage.length; i++) coverage[i] = rgba[i * 4 + 3]!;
  return coverage;
}

function toBase64(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}
