// The address of the socket a request came in on, for code that only sees headers. Next
// keeps an X-Forwarded-For the client wrote itself (it fills the header from the socket only
// when it is missing), so that header cannot tell who is asking. Node announces every HTTP
// request on a diagnostics channel before Next's handler runs; there the socket's address is
// written into a header whose name holds a random per-process part, so no client can send it.
import "server-only";
import { randomBytes } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";

// On globalThis: instrumentation and the route bundles are separate module graphs.
const holder = globalThis as unknown as { frescoPeerHeader?: string };

/** Starts stamping requests (once per process; called from instrumentation.ts). */
export function stampPeerAddresses(): void {
  if (holder.frescoPeerHeader) return;
  const name = `x-fresco-peer-${randomBytes(12).toString("hex")}`;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[name] = socket.remoteAddress ?? "";
  });
  holder.frescoPeerHeader = name;
}

/** The stamped header's name in this process (tests build requests with it). */
export function peerHeaderName(): string | undefined {
  return holder.frescoPeerHeader;
}

/** The socket's address for a request's headers, or null when requests are not stamped. */
export function peerAddress(headers: Headers): string | null {
  const name = holder.frescoPeerHeader;
  const value = name ? headers.get(name) : null;
  if (!value) return null;
  return value.startsWith("::ffff:") ? value.slice(7) : value; // IPv4 as IPv4, however it arrived
}
