// "Contain" fit of a source image into a fixed output size (e.g. 1536×1024) and the way back:
// the server letterboxes the source with these numbers, sends the edit, then cuts the drawn
// box out of the result and resizes it to the source size. Pure math; sharp does the pixels.

export type Size = { width: number; height: number };
export type Rect = { x: number; y: number; width: number; height: number };
export type Point = { x: number; y: number };

export type FitPlan = {
  source: Size;
  target: Size;
  /** Nominal scale; the drawn box is rounded to whole pixels, so per-axis factors are drawW/source.width etc. */
  scale: number;
  /** Top-left of the drawn box inside the target (whole pixels). */
  dx: number;
  dy: number;
  drawW: number;
  drawH: number;
};

export function fitPlan(source: Size, target: Size): FitPlan {
  for (const s of [source, target]) {
    if (!(s.width > 0 && s.height > 0)) throw new RangeError(`fitPlan: bad size ${s.width}×${s.height}`);
  }
  const scale = Math.min(target.width / source.width, target.height / source.height);
  const drawW = Math.min(target.width, Math.max(1, Math.round(source.width * scale)));
  const drawH = Math.min(target.height, Math.max(1, Math.round(source.height * scale)));
  return {
    source,
    target,
    scale,
    dx: Math.floor((target.width - drawW) / 2),
    dy: Math.floor((target.height - drawH) / 2),
    drawW,
    drawH,
  };
}

/**
 * What to do with the provider's output to get an image the size of the source: extract
 * `crop` (whole pixels) and resize it to `resizeTo`. `output` is the size actually returned,
 * if it differs from the planned target (the crop scales along).
 */
export function mapBack(plan: FitPlan, output: Size = plan.target): { crop: Rect; resizeTo: Size } {
  const kx = output.width / plan.target.width;
  const ky = output.height / plan.target.height;
  const x = Math.round(plan.dx * kx);
  const y = Math.round(plan.dy * ky);
  const crop = {
    x,
    y,
    width: Math.max(1, Math.min(output.width - x, Math.round((plan.dx + plan.drawW) * kx) - x)),
    height: Math.max(1, Math.min(output.height - y, Math.round((plan.dy + plan.drawH) * ky) - y)),
  };
  return { crop, resizeTo: { width: plan.source.width, height: plan.source.height } };
}
