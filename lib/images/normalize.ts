// Turns what a provider returned (base64 or a URL, maybe mislabelled) into checked image
// bytes with their real format and size. Node-only (decode uses sharp).
import { badResponse } from "./errors";
import { decodeImage } from "./decode";
import { fetchImageUrl, type DownloadPolicy } from "./fetch-image-url";
import type { ImageBytes } from "./image-file";
import type { ConcreteBackground, ConcreteQuality, OutputFormat } from "./models";
import type { ImageSource, ResolvedEcho } from "./response-schema";
import { sniffFormat } from "./sniff";

/** An output checked to decode, with its real format and size. */
export type ProviderImage = ImageBytes;

export interface ResolvedParams {
  /** `WIDTHxHEIGHT`, never `auto`. */
  size: string;
  quality: ConcreteQuality;
  background: ConcreteBackground;
  outputFormat: OutputFormat;
}

// Standard or URL-safe alphabet; padding may be missing. A length of 4k+1 cannot come from
// any byte string, so it can only be a cut-off payload.
const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

export function base64ToBytes(base64: string): Buffer {
  if (!base64 || !BASE64.test(base64) || base64.replace(/=+$/, "").length % 4 === 1) {
    throw badResponse("The provider sent image data that is not valid base64 (it may be truncated).");
  }
  return Buffer.from(base64, base64.includes("-") || base64.includes("_") ? "base64url" : "base64");
}

export async function fetchImageBytes(source: ImageSource, signal: AbortSignal, download: DownloadPolicy): Promise<Buffer> {
  if (source.kind === "b64") return base64ToBytes(source.base64);
  // The provider has made (and billed) the image by now: a failed download is a bad response,
  // never a connection error, which would be retried.
  return fetchImageUrl(source.url, signal, download);
}

/** Checks every byte decodes; corrupt or truncated output is a bad response, not an image. */
export async function decodeOutputs(buffers: readonly Buffer[]): Promise<ProviderImage[]> {
  return Promise.all(
    buffers.map(async (bytes) => {
      try {
        const { format, width, height } = await decodeImage(bytes);
        return { bytes, format, width, height };
      } catch (cause) {
        const what = sniffFormat(bytes)?.toUpperCase() ?? "an unknown format";
        throw badResponse(`The provider sent an image Fresco cannot read (${what}, ${bytes.length} bytes).`, cause);
      }
    }),
  );
}

/** The provider's echo wins; a relay that echoes nothing gets what the image itself shows. */
export function resolveParams(
  echo: ResolvedEcho,
  first: ProviderImage,
  fallback: { quality: ConcreteQuality; background: ConcreteBackground },
): ResolvedParams {
  return {
    size: echo.size ?? `${first.width}x${first.height}`,
    quality: echo.quality ?? fallback.quality,
    background: echo.background ?? fallback.background,
    // The bytes decide: a relay may ignore output_format and still echo the requested one.
    outputFormat: first.format,
  };
}
