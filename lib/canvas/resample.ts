// Bilinear resampling of a single-channel coverage bitmap (pixel-centre aligned).
export function resampleCoverage(
  src: Uint8ClampedArray,
  sw: number,
  sh: number,
  dw: number,
  dh: number,
): Uint8ClampedArray {
  if (sw === dw && sh === dh) return src.slice();
  const out = new Uint8ClampedArray(dw * dh);
  const fx = sw / dw;
  const fy = sh / dh;
  for (let y = 0; y < dh; y++) {
    const syf = Math.min(Math.max((y + 0.5) * fy - 0.5, 0), sh - 1);
    const y0 = Math.floor(syf);
    const y1 = Math.min(y0 + 1, sh - 1);
    const ty = syf - y0;
    for (let x = 0; x < dw; x++) {
      const sxf = Math.min(Math.max((x + 0.5) * fx - 0.5, 0), sw - 1);
      const x0 = Math.floor(sxf);
      const x1 = Math.min(x0 + 1, sw - 1);
      const tx = sxf - x0;
      const top = src[y0 * sw + x0]! * (1 - tx) + src[y0 * sw + x1]! * tx;
      const bottom = src[y1 * sw + x0]! * (1 - tx) + src[y1 * sw + x1]! * tx;
      out[y * dw + x] = Math.round(top * (1 - ty) + bottom * ty);
    }
  }
  return out;
}
