// One attempt at one provider request: the deadline, reading a JSON or streamed answer, and
// which failures may be retried. Retrying and combining attempts is client.ts's job.
import type { OutputFormat } from "./models";
import { badResponse, canceled, timedOut, toProviderError } from "./errors";
import type { DownloadPolicy } from "./fetch-image-url";
import { base64ToBytes, fetchImageBytes } from "./normalize";
import { notRetryable } from "./retry";
import { providerResponseSchema, streamEventSchema, type ResolvedEcho } from "./response-schema";
import { sniffFormat } from "./sniff";
import type { NormalizedUsage } from "./usage";

/** A provider answer with the image bytes fetched but not yet checked. */
export interface RawResult {
  buffers: Buffer[];
  usage: NormalizedUsage | null;
  echo: ResolvedEcho;
  requestId?: string;
}

export interface PartialImage {
  imageIndex: number;
  partialIndex: number;
  bytes: Buffer;
  format: OutputFormat;
}

export const requestIdOf = (headers: Headers): string | undefined =>
  headers.get("x-request-id") || headers.get("x-api-request-id") || undefined;

/**
 * Runs `fn` with a signal that aborts on the caller's signal or after `timeoutMs`. The SDK's
 * own timeout stops at the response headers; this one also covers a stream or a download
 * that stalls halfway.
 */
export async function withDeadline<T>(
  timeoutMs: number,
  outer: AbortSignal | undefined,
  fn: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort(new Error("Fresco's provider deadline passed"));
  }, timeoutMs);
  const onAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted) onAbort();
  outer?.addEventListener("abort", onAbort, { once: true });
  try {
    const value = await fn(controller.signal);
    // The SDK's stream ends quietly when aborted, so success must be double-checked.
    if (expired) throw timedOut();
    if (outer?.aborted) throw canceled(outer.reason);
    return value;
  } catch (err) {
    if (expired) throw timedOut(err);
    if (outer?.aborted) throw canceled(err);
    throw err;
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener("abort", onAbort);
  }
}

/** Once the provider has answered 2xx it may have billed the call: failures are final. */
async function afterResponse<T>(requestId: string | undefined, signal: AbortSignal, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (signal.aborted) throw err; // withDeadline tells a timeout from a cancel
    const error = toProviderError(err);
    error.requestId ??= requestId;
    throw notRetryable(error);
  }
}

/** A non-streaming call: `send` resolves with the raw 2xx response (the SDK throws on others). */
export async function readJsonResponse(response: Response, signal: AbortSignal, download: DownloadPolicy): Promise<RawResult> {
  const requestId = requestIdOf(response.headers);
  return afterResponse(requestId, signal, async () => {
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (cause) {
      throw badResponse("The provider sent a response that is not valid JSON.", cause);
    }
    const parsed = providerResponseSchema.safeParse(json);
    if (!parsed.success) throw badResponse("The provider's response is not in the Images API format.", parsed.error);
    const buffers = await Promise.all(parsed.data.images.map((source) => fetchImageBytes(source, signal, download)));
    return { buffers, usage: parsed.data.usage, echo: parsed.data.resolved, requestId };
  });
}

/** A streamed single-image call: hands partial images to `onPartial`, returns the final one. */
export async function readImageStream(
  stream: AsyncIterable<unknown>,
  response: Response,
  signal: AbortSignal,
  imageIndex: number,
  onPartial: ((p: PartialImage) => void) | undefined,
  fallbackFormat: OutputFormat,
  download: DownloadPolicy,
): Promise<RawResult> {
  const requestId = requestIdOf(response.headers);
  return afterResponse(requestId, signal, async () => {
    for await (const raw of stream) {
      const parsed = streamEventSchema.safeParse(raw);
      if (!parsed.success) throw badResponse("The provider sent a stream event Fresco cannot read.", parsed.error);
      const event = parsed.data;
      if (event.kind === "partial" && onPartial) {
        const bytes = base64ToBytes(event.base64);
        const format = sniffFormat(bytes) ?? event.outputFormat ?? fallbackFormat;
        // A preview that cannot be shown must not cost the user the finished image.
        try {
          onPartial({ imageIndex, partialIndex: event.partialIndex, bytes, format });
        } catch (err) {
          console.warn("[images] onPartial failed", err);
        }
      }
      if (event.kind === "completed") {
        const bytes = await fetchImageBytes(event.source, signal, download);
        return { buffers: [bytes], usage: event.usage, echo: event.resolved, requestId };
      }
    }
    if (signal.aborted) throw signal.reason;
    // A relay that loses its upstream may close the stream cleanly, with neither event (README of lib/emulator).
    throw badResponse(
      "The provider's stream ended before the image was complete. Fresco did not retry, because the provider may already have billed it: try again.",
    );
  });
}
