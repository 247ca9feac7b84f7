// Encodes RGBA pixels to the requested output format.
import sharp from "sharp";
import type { OutputFormat } from "./params";
import { isFullyOpaque, type RawImage } from "./raw-image";

export interface EncodeOptions {
  format: OutputFormat;
  /** output_compression 0..100, used as quality for jpeg and lossy webp; png ignores it (docs/images-api.md §7.3). */
  compression: number;
  /** Edits keep unmasked pixels bit-exact (docs/images-api.md §7.9), so their webp is lossless. */
  lossless: boolean;
}

export const MIME: Record<OutputFormat, string> = {
  png: "image/png",
  jpeg: "image/jpeg",
  webp: "image/webp",
};

export async function encode(img: RawImage, opts: EncodeOptions): Promise<Buffer> {
  let pipeline = sharp(img.data, { raw: { width: img.width, height: img.height, channels: 4 } });
  // An opaque image is written without an alpha channel, as the provider does.
  if (isFullyOpaque(img)) pipeline = pipeline.removeAlpha();
  const quality = Math.min(100, Math.max(1, Math.round(opts.compression)));
  switch (opts.format) {
    case "png":
      return pipeline.png().toBuffer();
    case "jpeg":
      return pipeline.flatten({ background: "#ffffff" }).jpeg({ quality }).toBuffer();
    case "webp":
      return opts.lossless
        ? pipeline.webp({ lossless: true, exact: true, effort: 1 }).toBuffer()
        : pipeline.webp({ quality }).toBuffer();
  }
}
