// One edit against the provider: read its stored inputs, fit the base (and mask) into the
// output size when they differ, send a binarized mask, then bring every output back to the
// base's frame and, by default, keep everything outside the mask exactly as it was.
import "server-only";
import type { getGenerationForRun } from "@/lib/db/generations";
import { getInputsForRun } from "@/lib/db/edit-inputs";
import type { ImagesClient } from "@/lib/images/client";
import { editParamsSchema } from "@/lib/images/schemas";
import type { ProviderOutcome, RunOptions } from "@/lib/provider/outcome";
import { readBlob } from "@/lib/storage/blob-store";
import { finishOutput, type EditFrame } from "./finish-output";
import { fitAlpha, fitImage, outputSize, planFor, sizeParam } from "./frame";
import { binaryMaskPng, readAlpha } from "./pixels";

type Row = NonNullable<Awaited<ReturnType<typeof getGenerationForRun>>>;

export async function runEdit(row: Row, client: ImagesClient, opts: RunOptions): Promise<ProviderOutcome> {
  const params = editParamsSchema.parse(row.params);
  // Rows written before the option existed, or by hand, keep outside the mask: the safe default.
  const keepOutside = (row.params as { keepOutsideMask?: unknown } | null)?.keepOutsideMask !== false;

  const inputs = await getInputsForRun(row.id);
  const images = await Promise.all(
    inputs.filter((i) => i.role === "image").map(async (i) => ({ ...i, bytes: await readBlob(i.storageKey) })),
  );
  const maskRow = inputs.find((i) => i.role === "mask");
  const base = images[0];
  if (!base) throw new Error(`edit ${row.id} has no base image`);

  const target = outputSize(params.size, base);
  const plan = planFor(base, target);
  const softMask = maskRow ? await readAlpha(await readBlob(maskRow.storageKey)) : null;
  const sentBase = plan ? await fitImage(base.bytes, plan).png().toBuffer() : base.bytes;
  const sentMask = softMask ? await binaryMaskPng(plan ? await fitAlpha(softMask, plan) : softMask) : undefined;

  const result = await client.edit(
    { ...params, size: sizeParam(target) },
    { images: [{ name: base.name, bytes: sentBase }, ...images.slice(1).map((i) => ({ name: i.name, bytes: i.bytes }))], mask: sentMask },
    opts,
  );

  const frame: EditFrame = {
    base: { width: base.width, height: base.height, bytes: base.bytes, sha256: base.sha256 },
    keep: softMask && maskRow && keepOutside ? { mask: softMask, sha256: maskRow.sha256 } : null,
    plan,
    format: params.output_format,
    jpegQuality: params.output_compression,
  };
  return {
    images: await Promise.all(result.images.map((out) => finishOutput(out, frame))),
    usage: result.usage,
    requestId: result.requestId,
    providerMs: result.providerMs,
    retries: result.retries,
  };
}
