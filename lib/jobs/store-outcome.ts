// Makes every file of a finished run durable, then commits all rows in one short transaction.
// If the commit fails, the files no other row uses are removed again: no orphan files.
import "server-only";
import { completeGeneration, type FinishedImage } from "@/lib/db/generations";
import { currentPrices } from "@/lib/db/prices";
import { costOf } from "@/lib/images/cost";
import { blobWrites } from "@/lib/storage/blob-writes";
import { credentialsOfFiles } from "@/lib/storage/image-credentials";
import { makeThumbnail } from "@/lib/storage/thumbnails";
import type { ProviderOutcome } from "@/lib/provider/outcome";

export async function storeOutcome(id: string, outcome: ProviderOutcome, pricing: { provider: string; model: string; teamId?: string }): Promise<void> {
  // Pinned until the rows commit: a delete of another row with the same bytes leaves them be.
  const writes = blobWrites();
  try {
    // Every image at once: four files wait on four fsyncs together, not one after another.
    const images: FinishedImage[] = await Promise.all(outcome.images.map(async (image, index): Promise<FinishedImage> => {
      const [main, thumb, raw, heatmap, credentials] = await Promise.all([
        writes.put(image.bytes, image.format),
        makeThumbnail(image.bytes, writes.put),
        image.raw ? writes.put(image.raw.bytes, image.raw.format) : undefined,
        image.heatmap ? writes.put(image.heatmap, "png") : undefined,
        // Read from the provider's bytes once, here. A paid image is never lost over provenance:
        // if the reader itself fails, the row keeps none and the detail page reads it later.
        credentialsOfFiles(image.bytes, image.raw?.bytes).catch((err: unknown) => {
          console.error("content credentials not read at store time", err);
          return undefined;
        }),
      ]);
      return {
        index,
        format: image.format,
        width: image.width,
        height: image.height,
        bytes: main.bytes,
        sha256: main.sha256,
        storageKey: main.key,
        thumbnailKey: thumb.key,
        ...(raw && image.raw
          ? { rawStorageKey: raw.key, rawSha256: raw.sha256, rawFormat: image.raw.format, rawBytes: raw.bytes }
          : {}),
        ...(heatmap ? { heatmapKey: heatmap.key } : {}),
        ...(image.derivation ? { derivation: image.derivation } : {}),
        ...(credentials ? { credentials } : {}),
      };
    }));
    const prices = await currentPrices(pricing.provider, pricing.model, { teamId: pricing.teamId });
    const cost = costOf(outcome.usage, prices);
    await completeGeneration(id, {
      images,
      requestId: outcome.requestId,
      resolved: outcome.resolved,
      usage: outcome.usage,
      costUsd: cost?.total ?? null,
      priceTableId: cost && prices ? prices.id : null,
      providerMs: outcome.providerMs,
      retries: outcome.retries,
    });
    writes.done();
  } catch (err) {
    await writes.undo();
    throw err;
  }
}
