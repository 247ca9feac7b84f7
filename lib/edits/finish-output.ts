// One provider output of an edit turned into the file a person keeps: back in the base's
// frame, and with "keep outside the mask" laid over the untouched base. The provider's bytes
// travel along untouched (C2PA and all) whenever the kept file is derived from them.
import type { FitPlan, Size } from "@/lib/canvas/fit";
import type { OutputFormat } from "@/lib/images/models";
import type { ProviderImage } from "@/lib/images/normalize";
import type { OutcomeImage } from "@/lib/provider/outcome";
import { compositeOverBase } from "./composite";
import { toSourceFrame } from "./frame";
import { decodeRgba, encodeRgba, sha256, type Alpha } from "./pixels";

export interface EditFrame {
  base: Size & { bytes: Buffer; sha256: string };
  /** The person's soft mask at the base's size, when "keep outside the mask" applies. */
  keep: { mask: Alpha; sha256: string } | null;
  plan: FitPlan | null;
  format: OutputFormat;
  jpegQuality?: number;
}

export async function finishOutput(out: ProviderImage, frame: EditFrame): Promise<OutcomeImage> {
  const { base, keep, plan, format } = frame;
  const sameFrame = !plan && out.width === base.width && out.height === base.height;
  if (!keep && sameFrame) return { bytes: out.bytes, format: out.format, width: out.width, height: out.height };

  const mapped = sameFrame ? await decodeRgba(out.bytes) : await toSourceFrame(out.bytes, base, plan, out);
  const pixels = keep ? compositeOverBase(mapped, await decodeRgba(base.bytes), keep.mask) : mapped;
  const derivation = {
    kind: keep ? "composite" : "mapped",
    base: base.sha256,
    ...(keep ? { mask: keep.sha256 } : {}),
    raw: sha256(out.bytes),
    fit: plan ? { ...plan } : null,
  };
  return {
    bytes: await encodeRgba(pixels, format, { jpegQuality: frame.jpegQuality }),
    format,
    width: pixels.width,
    height: pixels.height,
    raw: { bytes: out.bytes, format: out.format },
    derivation,
  };
}
