// The difference between two images of the gallery, drawn like an edit's heatmap (red on
// transparent, in A's frame). B is stretched to A's size when they differ, so the page says so.
import sharp from "sharp";
import { decodeRgba } from "./pixels";

export async function imageDiff(aBytes: Uint8Array, bBytes: Uint8Array): Promise<Buffer> {
  const a = await decodeRgba(aBytes);
  const meta = await sharp(bBytes).metadata();
  const sameSize = meta.width === a.width && meta.height === a.height;
  const b = await decodeRgba(sameSize ? bBytes : await sharp(bBytes).resize(a.width, a.height, { fit: "fill" }).png().toBuffer());

  const out = Buffer.alloc(a.width * a.height * 4);
  for (let p = 0; p < a.width * a.height; p++) {
    let d = 0;
    for (let c = p * 4; c < p * 4 + 4; c++) d = Math.max(d, Math.abs(a.data[c]! - b.data[c]!));
    out[p * 4] = 255;
    // A square root makes small changes visible without saturating large ones.
    out[p * 4 + 3] = d === 0 ? 0 : Math.max(1, Math.round(255 * Math.sqrt(d / 255)));
  }
  return sharp(out, { raw: { width: a.width, height: a.height, channels: 4 } }).png().toBuffer();
}
