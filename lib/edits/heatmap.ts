// "What changed": the per-pixel difference between an edit's base (moved into the provider's
// output frame, as it was sent) and the provider's raw output, drawn as red on transparent so
// it can lie over the output. Unchanged pixels are fully transparent; a square root makes
// small changes visible without saturating large ones.
import sharp from "sharp";
import { fitPlan } from "@/lib/canvas/fit";
import { fitImage } from "./frame";
import { decodeRgba } from "./pixels";

export async function changeHeatmap(baseBytes: Uint8Array, rawBytes: Uint8Array): Promise<Buffer> {
  const raw = await decodeRgba(rawBytes);
  const meta = await sharp(baseBytes).metadata();
  const plan = fitPlan({ width: meta.width ?? 1, height: meta.height ?? 1 }, raw);
  const sent = plan.drawW === meta.width && plan.drawH === meta.height && plan.dx === 0 && plan.dy === 0;
  const base = await decodeRgba(sent ? baseBytes : await fitImage(baseBytes, plan).png().toBuffer());

  return differencePng(raw, base);
}

type Rgba = Awaited<ReturnType<typeof decodeRgba>>;

/** Two decoded images of the same size → their difference as red on transparent (`a`'s frame). */
export function differencePng(a: Rgba, b: Rgba): Promise<Buffer> {
  const out = Buffer.alloc(a.width * a.height * 4);
  for (let p = 0; p < a.width * a.height; p++) {
    let d = 0;
    for (let c = p * 4; c < p * 4 + 4; c++) d = Math.max(d, Math.abs(a.data[c]! - b.data[c]!));
    out[p * 4] = 255;
    out[p * 4 + 3] = d === 0 ? 0 : Math.max(1, Math.round(255 * Math.sqrt(d / 255)));
  }
  return sharp(out, { raw: { width: a.width, height: a.height, channels: 4 } }).png().toBuffer();
}
