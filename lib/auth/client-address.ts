// Which address a sign-in comes from, for the per-address throttle. Without a proxy in front
// (the default) it is the socket's address, and X-Forwarded-For, which anyone can write, is
// ignored. With FRESCO_TRUST_PROXY=n, n proxies each append the address they saw to
// X-Forwarded-For, so the client is the n-th entry from the right of [...X-Forwarded-For, socket]:
// with one proxy, the right-most X-Forwarded-For entry. Entries further left are the client's own
// writing and are never used.
import "server-only";
import { env } from "@/lib/env";
import { peerAddress } from "./peer-address";

export function clientAddress(headers: Headers, trustedProxies = env().FRESCO_TRUST_PROXY): string {
  // Not stamped (a server that did not run instrumentation): one shared bucket, never a header.
  const socket = peerAddress(headers) ?? "unknown";
  if (trustedProxies === 0) return socket;
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, socket];
  return chain[Math.max(0, chain.length - 1 - trustedProxies)]!;
}
