// One generation from queued to stored: call the provider (no transaction open meanwhile),
// make every file durable, then commit all rows in one short transaction.
import "server-only";
import { createImagesClient } from "@/lib/images/client";
import { costOf } from "@/lib/images/cost";
import { toProviderError } from "@/lib/images/errors";
import { generateParamsSchema } from "@/lib/images/schemas";
import { completeGeneration, failGeneration, getGenerationForRun, markRunning, type FinishedImage } from "@/lib/db/generations";
import { currentPrices } from "@/lib/db/prices";
import { providerSettings } from "@/lib/provider/settings";
import { deleteBlob, putBlob, type StoredBlob } from "@/lib/storage/blob-store";
import { makeThumbnail } from "@/lib/storage/thumbnails";
import { publish } from "./events";

export async function runGeneration(id: string, signal: AbortSignal): Promise<void> {
  const row = await getGenerationForRun(id);
  if (!row || !(await markRunning(id))) return;
  publish(id, { type: "status", status: "running" });

  const params = generateParamsSchema.parse(row.params);
  const settings = await providerSettings();
  const client = createImagesClient({ apiKey: settings.apiKey, baseURL: settings.baseURL, timeoutMs: settings.timeoutMs });

  let result;
  try {
    result = await client.generate(params, {
      signal,
      onPartial: (p) =>
        publish(id, {
          type: "partial",
          imageIndex: p.imageIndex,
          partialIndex: p.partialIndex,
          dataUrl: `data:image/${p.format};base64,${p.bytes.toString("base64")}`,
        }),
    });
  } catch (err) {
    const failure = toProviderError(err);
    await failGeneration(id, {
      status: failure.code === "canceled" ? "canceled" : "failed",
      errorCode: failure.code,
      errorMessage: failure.message,
      requestId: failure.requestId,
    });
    publish(id, { type: "finished", status: failure.code === "canceled" ? "canceled" : "failed" });
    return;
  }

  const written: StoredBlob[] = [];
  try {
    const images: FinishedImage[] = [];
    for (const [index, image] of result.images.entries()) {
      const original = await putBlob(image.bytes, image.format);
      written.push(original);
      const thumb = await makeThumbnail(image.bytes);
      written.push(thumb);
      images.push({
        index,
        format: image.format,
        width: image.width,
        height: image.height,
        bytes: original.bytes,
        sha256: original.sha256,
        storageKey: original.key,
        thumbnailKey: thumb.key,
      });
    }
    const prices = await currentPrices(settings.priceProvider, params.model);
    const cost = result.usage && prices ? costOf(result.usage, prices) : null;
    await completeGeneration(id, {
      images,
      requestId: result.requestId,
      usage: result.usage,
      costUsd: cost?.total ?? null,
      priceTableId: cost ? prices!.id : null,
      providerMs: result.providerMs,
    });
    publish(id, { type: "finished", status: "succeeded" });
  } catch (err) {
    // Nothing may point at files of a generation that did not commit.
    await Promise.all(written.filter((b) => b.created).map((b) => deleteBlob(b.key)));
    console.error(`[jobs] storing generation ${id} failed`, err);
    await failGeneration(id, {
      status: "failed",
      errorCode: "storage",
      errorMessage: "Fresco could not store the images. Nothing was kept; try again.",
      requestId: result.requestId,
      providerMs: result.providerMs,
    });
    publish(id, { type: "finished", status: "failed" });
  }
}
