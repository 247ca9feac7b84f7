// Which sizes a model takes (docs/images-api.md §1): the three listed sizes and `auto` for
// every model; gpt-image-2 (and its snapshot) also any WIDTHxHEIGHT with both sides multiples
// of 16, each side at most 3840, the long side at most 3 times the short one, and between
// 655,360 and 3840×2160 = 8,294,400 pixels. Written apart from Fresco's lib/images on purpose:
// the emulator stands in for the provider, an independent reading to test the client against.
import { errors } from "./errors";
import { FLEXIBLE_MODELS, type Model, type RequestedSize, SIZES } from "./params";

const MULTIPLE = 16;
const MAX_SIDE = 3840;
const MAX_RATIO = 3;
const MIN_PIXELS = 655_360;
const MAX_PIXELS = 3840 * 2160;

/** Why a flexible model refuses these sides, in the API's words; null when it takes them. */
function flexibleProblem(width: number, height: number): string | null {
  if (width % MULTIPLE !== 0 || height % MULTIPLE !== 0) return `Width and height must both be multiples of ${MULTIPLE}.`;
  if (Math.max(width, height) > MAX_SIDE) return `The maximum edge length is ${MAX_SIDE} pixels.`;
  if (Math.max(width, height) > MAX_RATIO * Math.min(width, height)) {
    return `The ratio of the long edge to the short edge must not exceed ${MAX_RATIO}:1.`;
  }
  const pixels = width * height;
  if (pixels < MIN_PIXELS || pixels > MAX_PIXELS) {
    return `The total number of pixels must be between ${MIN_PIXELS} and ${MAX_PIXELS}.`;
  }
  return null;
}

/** The requested size as the model takes it, or the 400 `invalid_value` on `size` it answers. */
export function checkSize(model: Model, size: string): RequestedSize {
  if ((SIZES as readonly string[]).includes(size)) return size as RequestedSize;
  if (!FLEXIBLE_MODELS.includes(model)) throw errors.invalidValue("size", size, SIZES);
  const match = /^(\d+)x(\d+)$/.exec(size);
  const problem = match
    ? flexibleProblem(Number(match[1]), Number(match[2]))
    : "Sizes are 'auto' or WIDTHxHEIGHT in pixels, for example '2048x1152'.";
  if (problem) throw errors.invalidValueMessage("size", `Invalid value: '${size}'. ${problem}`);
  return size as RequestedSize;
}
