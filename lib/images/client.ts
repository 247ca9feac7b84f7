// The Images API client: generations and edits against OpenAI or any compatible relay, with
// Fresco's retry policy, streaming of partial images, and checked, normalised results.
import OpenAI, { toFile } from "openai";
import type { Uploadable } from "openai/uploads";
import { systemClock, type Clock } from "@/lib/ports/clock";
import { stemOf } from "./download-name";
import { badResponse } from "./errors";
import type { OutputFormat } from "./models";
import { decodeOutputs, resolveParams, type ProviderImage, type ResolvedParams } from "./normalize";
import { readImageStream, readJsonResponse, withDeadline, type PartialImage, type RawResult } from "./provider-call";
import { generationBodies, sharedBody } from "./request-body";
import { withRetry, type RetryOptions } from "./retry";
import type { EditParams, GenerateParams } from "./schemas";
import { mimeType, sniffFormat } from "./sniff";
import { resolveBackground, resolveQuality } from "./resolve-auto";
import { sumUsage, type NormalizedUsage } from "./usage";

export type { PartialImage } from "./provider-call";
export type { ProviderImage, ResolvedParams } from "./normalize";

export interface ImagesClientOptions {
  apiKey: string;
  baseURL: string;
  timeoutMs: number;
  /** Retry waits and the provider time are on this clock (the deadline is real time: it guards real I/O). */
  clock?: Clock;
}

export interface CallOptions {
  signal?: AbortSignal;
  onPartial?: (p: PartialImage) => void;
  onRetry?: RetryOptions["onRetry"];
}

export interface EditFiles {
  images: { name: string; bytes: Buffer }[];
  mask?: Buffer;
}

export interface ProviderResult {
  images: ProviderImage[];
  /** null when the provider reported no usable usage: the cost is unknown, not zero. */
  usage: NormalizedUsage | null;
  /** The first call's id (a streamed request for n images is n calls). */
  requestId?: string;
  /** What the provider made of the request's `auto`s: stored with the generation. */
  resolved: ResolvedParams;
  /** Wall time waiting on the provider (including retry waits), without Fresco's decoding. */
  providerMs: number;
  retries: number;
}

export interface ImagesClient {
  generate(params: GenerateParams, opts?: CallOptions): Promise<ProviderResult>;
  edit(params: EditParams, files: EditFiles, opts?: CallOptions): Promise<ProviderResult>;
}

/** How to send one request, either as one JSON call or as one streamed single-image call. */
interface Sender {
  json(signal: AbortSignal): Promise<Response>;
  stream(signal: AbortSignal): Promise<{ data: AsyncIterable<unknown>; response: Response }>;
}

export function createImagesClient({ apiKey, baseURL, timeoutMs, clock = systemClock }: ImagesClientOptions): ImagesClient {
  // maxRetries 0: the SDK would also retry timeouts, which may bill a generation twice.
  // organization/project null: env vars meant for OpenAI must not leak to a relay.
  const sdk = new OpenAI({ apiKey, baseURL, timeout: timeoutMs, maxRetries: 0, organization: null, project: null });
  // Image links in answers are fetched freely only from the provider's own origin.
  const download = { providerOrigin: new URL(baseURL).origin };

  async function run(params: GenerateParams | EditParams, sender: Sender, opts: CallOptions): Promise<ProviderResult> {
    const started = clock.now();
    const { raws, retries } = params.stream ? await streamEach(params, sender, opts) : await single(sender, opts);
    const providerMs = Math.round(clock.now() - started);

    const first = raws[0]!;
    const images = await decodeOutputs(raws.flatMap((r) => r.buffers)).catch((err) => {
      err.requestId ??= first.requestId;
      throw err;
    });
    if (images.length === 0) throw badResponse("The provider returned no images.");
    return {
      images,
      usage: sumUsage(raws.map((r) => r.usage)),
      requestId: raws.find((r) => r.requestId)?.requestId,
      resolved: resolveParams(first.echo, images[0]!, {
        quality: resolveQuality(params.quality),
        background: resolveBackground(params.background),
      }),
      providerMs,
      retries,
    };
  }

  async function single(sender: Sender, opts: CallOptions): Promise<{ raws: RawResult[]; retries: number }> {
    const attempt = () =>
      withDeadline(timeoutMs, opts.signal, async (signal) => readJsonResponse(await sender.json(signal), signal, download));
    const { value, retries } = await withRetry(attempt, { signal: opts.signal, onRetry: opts.onRetry, sleep: clock.sleep });
    return { raws: [value], retries };
  }

  /** Streaming allows n = 1, so n images are n parallel calls; one failure cancels the rest. */
  async function streamEach(
    params: GenerateParams | EditParams,
    sender: Sender,
    opts: CallOptions,
  ): Promise<{ raws: RawResult[]; retries: number }> {
    const group = new AbortController();
    const onAbort = () => group.abort(opts.signal?.reason);
    if (opts.signal?.aborted) onAbort();
    opts.signal?.addEventListener("abort", onAbort, { once: true });
    try {
      const calls = Array.from({ length: params.n }, (_, imageIndex) =>
        withRetry(
          () =>
            withDeadline(timeoutMs, group.signal, async (signal) => {
              const { data, response } = await sender.stream(signal);
              return readImageStream(data, response, signal, imageIndex, opts.onPartial, params.output_format, download);
            }),
          { signal: group.signal, onRetry: opts.onRetry, sleep: clock.sleep },
        ).catch((err) => {
          group.abort(err);
          throw err;
        }),
      );
      const results = await Promise.all(calls);
      return { raws: results.map((r) => r.value), retries: results.reduce((sum, r) => sum + r.retries, 0) };
    } finally {
      opts.signal?.removeEventListener("abort", onAbort);
    }
  }

  return {
    generate(params, opts = {}) {
      const { json: body, stream: streamBody } = generationBodies(params);
      return run(params, {
        json: (signal) => sdk.images.generate({ ...body, stream: false }, { signal }).asResponse(),
        stream: (signal) => sdk.images.generate(streamBody, { signal }).withResponse(),
      }, opts);
    },

    async edit(params, files, opts = {}) {
      if (files.images.length === 0) throw new RangeError("An edit needs at least one input image.");
      const images = await Promise.all(files.images.map((f) => upload(f.bytes, f.name)));
      const body = {
        ...sharedBody(params),
        image: images.length === 1 ? images[0]! : images,
        ...(files.mask ? { mask: await upload(files.mask, "mask.png") } : {}),
        ...(params.input_fidelity ? { input_fidelity: params.input_fidelity } : {}),
      };
      const streamBody = { ...body, n: 1, stream: true as const, partial_images: params.partial_images };
      return run(params, {
        json: (signal) => sdk.images.edit({ ...body, stream: false }, { signal }).asResponse(),
        stream: (signal) => sdk.images.edit(streamBody, { signal }).withResponse(),
      }, opts);
    },
  };
}

const EXTENSIONS: Record<OutputFormat, readonly string[]> = { png: ["png"], jpeg: ["jpg", "jpeg"], webp: ["webp"] };

/** The name a file is sent under: its own, with the extension its bytes call for ("odd.jpg" re-encoded as PNG is "odd.png"). */
function uploadName(name: string, format: OutputFormat | null): string {
  if (!format) return name;
  const extension = name.slice(name.lastIndexOf(".") + 1).toLowerCase();
  return name.includes(".") && EXTENSIONS[format].includes(extension) ? name : `${stemOf(name)}.${EXTENSIONS[format][0]}`;
}

// The provider checks the content type, so it comes from the bytes, not the file name; and the
// name follows the bytes too, since a fitted base is re-encoded as PNG whatever it was uploaded as.
function upload(bytes: Buffer, name: string): Promise<Uploadable> {
  const format = sniffFormat(bytes);
  return toFile(bytes, uploadName(name, format), { type: format ? mimeType(format) : "application/octet-stream" });
}
