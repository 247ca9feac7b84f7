// One generation or edit from queued to stored: call the provider (no transaction open
// meanwhile), then hand the outcome to storage. Every failure ends as a stored, explained
// status; nothing is left running or half-written.
import "server-only";
import { failGeneration, getGenerationForRun, markRunning, markSent } from "@/lib/db/generations";
import { runEdit } from "@/lib/edits/run-edit";
import { createImagesClient, type ImagesClient } from "@/lib/images/client";
import { toProviderError } from "@/lib/images/errors";
import { parseStoredRequest, type GenerateRequest } from "@/lib/generations/request";
import { AppError } from "@/lib/errors";
import { services } from "@/lib/services";
import type { JobRef } from "@/lib/generations/events";
import { publish } from "./events";
import { failureSentence } from "./failure";
import { paramsForProvider, providerForGeneration, type RunProvider } from "./provider-for-run";
import type { ProviderOutcome, RunOptions } from "@/lib/provider/outcome";
import { settleBudget } from "./settle-budget";
import { storeOutcome } from "./store-outcome";

async function runGenerate(request: GenerateRequest, client: ImagesClient, opts: RunOptions): Promise<ProviderOutcome> {
  const { images, usage, resolved, requestId, providerMs, retries } = await client.generate(request.params, opts);
  return { images, usage, resolved, requestId, providerMs, retries };
}

export async function runGeneration(ref: JobRef, signal: AbortSignal): Promise<void> {
  const id = ref.generationId;
  const row = await getGenerationForRun(id);
  if (!row || !(await markRunning(id, services().instanceId))) return;
  publish(ref, { type: "status", status: "running" });

  let settings: RunProvider;
  try {
    settings = await providerForGeneration(row);
  } catch (err) {
    // The team's provider is gone or its key cannot be opened: nothing was sent.
    const errorMessage = err instanceof AppError ? err.message : "Fresco could not load this team's provider; check it under Settings → Providers.";
    await failGeneration(id, { status: "failed", errorCode: "provider-settings", errorMessage, retries: 0 });
    publish(ref, { type: "finished", status: "failed" });
    return;
  }
  const client = createImagesClient({ apiKey: settings.apiKey, baseURL: settings.baseURL, timeoutMs: settings.timeoutMs, clock: services().clock });
  const opts: RunOptions = {
    signal,
    onPartial: (p) =>
      publish(ref, {
        type: "partial",
        imageIndex: p.imageIndex,
        partialIndex: p.partialIndex,
        dataUrl: `data:image/${p.format};base64,${p.bytes.toString("base64")}`,
      }),
  };

  let outcome: ProviderOutcome;
  try {
    // Recorded before the call, never after: a restart in between then errs on the honest side
    // (maybe billed) instead of sending the work a second time.
    await markSent(id);
    const stored = parseStoredRequest(row);
    const request = { ...stored, params: paramsForProvider(stored.params, settings.limits) } as typeof stored;
    outcome = request.kind === "edit" ? await runEdit(row.id, request, client, opts) : await runGenerate(request, client, opts);
  } catch (err) {
    const failure = toProviderError(err);
    const status = failure.code === "canceled" ? "canceled" : "failed";
    await failGeneration(id, { status, errorCode: failure.code, errorMessage: failureSentence(failure), requestId: failure.requestId, retries: failure.retries });
    await settleBudget(id);
    publish(ref, { type: "finished", status });
    return;
  }

  try {
    await storeOutcome(id, outcome, { provider: settings.priceProvider, model: row.model, teamId: row.teamId });
    await settleBudget(id);
    publish(ref, { type: "finished", status: "succeeded" });
  } catch (err) {
    console.error(`[jobs] storing generation ${id} failed`, err);
    await failGeneration(id, {
      status: "failed",
      errorCode: "storage",
      errorMessage: "Fresco could not store the images. Nothing was kept; try again.",
      requestId: outcome.requestId,
      providerMs: outcome.providerMs,
      retries: outcome.retries,
    });
    await settleBudget(id);
    publish(ref, { type: "finished", status: "failed" });
  }
}
