// One edit against the provider: read its stored inputs, fit the base (and mask) into the
// output size when they differ, send a binarized mask, then bring every output back to the
// base's frame and, by default, keep everything outside the mask exactly as it was.
import "server-only";
import { getInputsForRun } from "@/lib/db/edit-inputs";
import type { EditRequest } from "@/lib/generations/request";
import type { ImagesClient } from "@/lib/images/client";
import { pixelsOf, resolveSize } from "@/lib/images/resolve-auto";
import type { ProviderOutcome, RunOptions } from "@/lib/provider/outcome";
import { readBlob } from "@/lib/storage/blob-store";
import { finishOutput, type EditFrame } from "./finish-output";
import { fitAlpha, fitImage, planFor } from "./frame";
import { changeHeatmap } from "./heatmap";
import { binaryMaskPng, readAlpha } from "./pixels";

export async function runEdit(id: string, request: EditRequest, client: ImagesClient, opts: RunOptions): Promise<ProviderOutcome> {
  const { params, options } = request;
  const inputs = await getInputsForRun(id);
  const images = await Promise.all(
    inputs.filter((i) => i.role === "image").map(async (i) => ({ ...i, bytes: await readBlob(i.storageKey) })),
  );
  const maskRow = inputs.find((i) => i.role === "mask");
  const base = images[0];
  if (!base) throw new Error(`edit ${id} has no base image`);

  // The size the estimate assumed: `auto` is resolved here, and the provider is sent a concrete one.
  const size = resolveSize(params.size, base);
  const target = pixelsOf(size);
  // An enlargement sends the base as it is and keeps the output at the size it asked for.
  const plan = options.enlarge ? null : planFor(base, target);
  const softMask = maskRow ? await readAlpha(await readBlob(maskRow.storageKey)) : null;
  const sentBase = plan ? await fitImage(base.bytes, plan).png().toBuffer() : base.bytes;
  const sentMask = softMask ? await binaryMaskPng(plan ? await fitAlpha(softMask, plan) : softMask) : undefined;

  const result = await client.edit(
    { ...params, size },
    { images: [{ name: base.name, bytes: sentBase }, ...images.slice(1).map((i) => ({ name: i.name, bytes: i.bytes }))], mask: sentMask },
    opts,
  );

  const frame: EditFrame = {
    base: { width: base.width, height: base.height, bytes: base.bytes, sha256: base.sha256 },
    keep: softMask && maskRow && options.keepOutsideMask ? { mask: softMask, sha256: maskRow.sha256 } : null,
    plan,
    format: params.output_format,
    jpegQuality: params.output_compression,
  };
  return {
    images: options.enlarge
      ? result.images.map((out) => ({ bytes: out.bytes, format: out.format, width: out.width, height: out.height }))
      : await Promise.all(
          // What changed is drawn once, here, and stored with the image (not on every request).
          result.images.map(async (out) => {
            const [image, heatmap] = await Promise.all([finishOutput(out, frame), changeHeatmap(base.bytes, out.bytes)]);
            return { ...image, heatmap };
          }),
        ),
    usage: result.usage,
    resolved: result.resolved,
    requestId: result.requestId,
    providerMs: result.providerMs,
    retries: result.retries,
  };
}
