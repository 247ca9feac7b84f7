// The difference between two images of the gallery, drawn like an edit's heatmap (red on
// transparent, in A's frame). B is stretched to A's size when they differ, so the page says so.
import sharp from "sharp";
import { differencePng } from "./heatmap";
import { decodeRgba } from "./pixels";

export async function imageDiff(aBytes: Uint8Array, bBytes: Uint8Array): Promise<Buffer> {
  const a = await decodeRgba(aBytes);
  const meta = await sharp(bBytes).metadata();
  const sameSize = meta.width === a.width && meta.height === a.height;
  const b = await decodeRgba(sameSize ? bBytes : await sharp(bBytes).resize(a.width, a.height, { fit: "fill" }).png().toBuffer());

  return differencePng(a, b);
}
