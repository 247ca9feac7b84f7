// Renders the synthetic picture for one output image, and the partial renditions that
// stream before it.
import sharp from "sharp";
import type { RawImage } from "./raw-image";
import { sceneSvg } from "./scene";
import { rngFrom } from "./seed";

export async function renderScene(
  requestHash: string,
  index: number,
  width: number,
  height: number,
  transparent: boolean,
): Promise<RawImage> {
  const svg = sceneSvg(rngFrom(requestHash, `image-${index}`), { width, height, transparent });
  const { data, info } = await sharp(Buffer.from(svg))
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  // librsvg renders at the SVG's own size; guard anyway, since the size is part of the contract.
  if (info.width !== width || info.height !== height || info.channels !== 4) {
    throw new Error(`scene rendered at ${info.width}x${info.height}x${info.channels}`);
  }
  return { data, width, height };
}

/**
 * Partial `index` of `count`: the final image at a lower level of detail (downscaled, then
 * smoothly upscaled back), getting sharper with each index, like a render coming into focus.
 */
export async function partialRendition(final: RawImage, index: number, count: number): Promise<RawImage> {
  const factor = 2 ** (count - index + 2); // 3 partials: 1/32, 1/16, 1/8 of the final detail
  const smallW = Math.max(4, Math.round(final.width / factor));
  const smallH = Math.max(4, Math.round(final.height / factor));
  const raw = { raw: { width: final.width, height: final.height, channels: 4 as const } };
  const small = await sharp(final.data, raw).resize(smallW, smallH, { fit: "fill" }).raw().toBuffer();
  const data = await sharp(small, { raw: { width: smallW, height: smallH, channels: 4 } })
    .resize(final.width, final.height, { fit: "fill", kernel: "cubic" })
    .raw()
    .toBuffer();
  return { data, width: final.width, height: final.height };
}
