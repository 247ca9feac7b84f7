// Downloads an image a provider answered with as a link (`data[].url`). The link comes from
// the provider's response, so it is not trusted: it could point Fresco's server at its own
// internals (its /api routes, a database console, a cloud metadata service). Links on the
// configured provider's own origin are fetched as they are (a relay on http://127.0.0.1 too);
// any other must be https to a host whose every address is public, checked on the addresses
// the connection actually uses, so DNS cannot change its answer after the check. Redirects
// are followed by hand and each hop is checked again; time and size are capped.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { badResponse, ProviderError } from "./errors";
import { isPublicAddress } from "./public-address";

export interface DownloadPolicy {
  /** The configured provider's origin (of its base URL), whose own links are trusted. */
  providerOrigin: string;
  maxBytes?: number;
  timeoutMs?: number;
}

const MAX_BYTES = 50 * 1024 * 1024; // the Images API's largest image
const TIMEOUT_MS = 30_000;
const MAX_REDIRECTS = 3;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

class Refused extends Error {}
const refused = (why: string) => badResponse(`The provider answered with an image link Fresco will not open: ${why}.`);

const publicOnly: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
    if (err) return callback(err, "", 0);
    if (addresses.length === 0 || !addresses.every((a) => isPublicAddress(a.address))) {
      return callback(new Refused(hostname), "", 0);
    }
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};

/** Whether `url` may be fetched, and whether its host's addresses must be checked on connect. */
function vet(url: URL, providerOrigin: string): { checkAddresses: boolean } {
  if (url.origin === providerOrigin) return { checkAddresses: false };
  if (url.protocol !== "https:") throw refused("it is not https and not on the provider's own address");
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) && !isPublicAddress(host)) throw refused("it points to a private or local network address");
  return { checkAddresses: true };
}

type Hop = { redirect: string } | { bytes: Buffer };

function fetchOnce(url: URL, checkAddresses: boolean, signal: AbortSignal, maxBytes: number): Promise<Hop> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const request = client.get(url, { signal, agent: false, lookup: checkAddresses ? publicOnly : undefined, headers: { accept: "image/*" } });
    request.on("error", (err) => reject(err instanceof Refused || err.cause instanceof Refused ? refused("its host has a private or local network address") : err));
    request.on("response", (response: IncomingMessage) => {
      const status = response.statusCode ?? 0;
      if (REDIRECTS.has(status) && response.headers.location) {
        response.destroy();
        return resolve({ redirect: response.headers.location });
      }
      if (status < 200 || status > 299) {
        response.destroy();
        return reject(badResponse(`Fresco could not download the image the provider made (HTTP ${status}).`));
      }
      const tooLarge = () => badResponse(`The image the provider made is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; Fresco stopped downloading it.`);
      if (Number(response.headers["content-length"] ?? 0) > maxBytes) {
        response.destroy();
        return reject(tooLarge());
      }
      const chunks: Buffer[] = [];
      let total = 0;
      response.on("data", (chunk: Buffer) => {
        total += chunk.length;
        if (total > maxBytes) {
          request.destroy();
          reject(tooLarge());
        } else chunks.push(chunk);
      });
      response.on("end", () => resolve({ bytes: Buffer.concat(chunks) }));
      response.on("error", reject);
    });
  });
}

/** The bytes behind `link`, or a ProviderError with a sentence; `signal` is the caller's cancel. */
export async function fetchImageUrl(link: string, signal: AbortSignal, policy: DownloadPolicy): Promise<Buffer> {
  const timeoutMs = policy.timeoutMs ?? TIMEOUT_MS;
  const deadline = AbortSignal.timeout(timeoutMs);
  const combined = AbortSignal.any([signal, deadline]);
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    throw refused("it is not a valid URL");
  }
  try {
    for (let hop = 0; ; hop++) {
      const { checkAddresses } = vet(url, policy.providerOrigin);
      const result = await fetchOnce(url, checkAddresses, combined, policy.maxBytes ?? MAX_BYTES);
      if ("bytes" in result) return result.bytes;
      if (hop >= MAX_REDIRECTS) throw refused(`it redirected more than ${MAX_REDIRECTS} times`);
      url = new URL(result.redirect, url);
    }
  } catch (err) {
    if (signal.aborted) throw signal.reason;
    if (deadline.aborted) throw badResponse(`The image the provider made did not download within ${Math.round(timeoutMs / 1000)} s.`, err);
    if (err instanceof ProviderError) throw err;
    throw badResponse("Fresco could not download the image the provider made.", err);
  }
}
