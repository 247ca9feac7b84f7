// Moving pictures between the base's own frame and the provider's output frame: the output
// size an edit asks for (resolved as the estimate resolves it), letterboxing the base (and its
// mask) into it, and cutting the result back out. The numbers come from lib/canvas/fit; sharp
// does the pixels.
import sharp, { type Sharp } from "sharp";
import { fitPlan, mapBack, type FitPlan, type Size } from "@/lib/canvas/fit";
import type { Alpha, Rgba } from "./pixels";

/** null when the base already is the output size: it is then sent exactly as stored. */
export function planFor(base: Size, target: Size): FitPlan | null {
  if (base.width === target.width && base.height === target.height) return null;
  // Plain sizes: the plan is stored as provenance, and `base` may be a whole row with its bytes.
  return fitPlan({ width: base.width, height: base.height }, { width: target.width, height: target.height });
}

function padding(plan: FitPlan) {
  return {
    left: plan.dx,
    top: plan.dy,
    right: plan.target.width - plan.dx - plan.drawW,
    bottom: plan.target.height - plan.dy - plan.drawH,
  };
}

/**
 * The base, resized into the drawn box and padded to the output size. The padding mirrors the
 * picture rather than drawing bars, so the model sees plausible surroundings; the mask keeps
 * the padding, and it is cut away afterwards.
 */
export function fitImage(bytes: Uint8Array, plan: FitPlan): Sharp {
  return sharp(bytes)
    .resize(plan.drawW, plan.drawH, { fit: "fill" })
    .extend({ ...padding(plan), extendWith: "mirror" });
}

/** The mask moved the same way; the padding is opaque (kept). */
export async function fitAlpha(mask: Alpha, plan: FitPlan): Promise<Alpha> {
  const drawn = await sharp(Buffer.from(mask.data), { raw: { width: mask.width, height: mask.height, channels: 1 } })
    .resize(plan.drawW, plan.drawH, { fit: "fill" })
    .extractChannel(0) // sharp widens one band to three on the way; keep one
    .raw()
    .toBuffer();
  const { width, height } = plan.target;
  const out = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < plan.drawH; y++) {
    out.set(drawn.subarray(y * plan.drawW, (y + 1) * plan.drawW), (plan.dy + y) * width + plan.dx);
  }
  return { data: out, width, height };
}

/**
 * An output back in the base's frame: the drawn box cut out and resized to the base's size.
 * Also used without a fit when a provider returned another size than asked for.
 */
export async function toSourceFrame(bytes: Uint8Array, base: Size, plan: FitPlan | null, output: Size): Promise<Rgba> {
  const size = { width: base.width, height: base.height };
  const { crop, resizeTo } = mapBack(plan ?? fitPlan(size, size), output);
  const { data, info } = await sharp(bytes)
    .extract({ left: crop.x, top: crop.y, width: crop.width, height: crop.height })
    .resize(resizeTo.width, resizeTo.height, { fit: "fill" })
    .toColourspace("srgb")
    .ensureAlpha()
    .raw({ depth: "uchar" })
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}
