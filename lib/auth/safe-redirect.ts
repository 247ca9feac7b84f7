// Where a redirect built from input may go: a path on this site, never another one. Every
// redirect whose target comes from a request (an invite token, a callback URL) passes here.
import { inviteTokenSchema } from "./schemas";

const BASE = "http://fresco.invalid";
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The string with percent-escapes undone until nothing changes (or null if it cannot be). */
function fullyDecoded(input: string): string | null {
  let current = input;
  for (let i = 0; i < 4; i++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return current;
    current = next;
  }
  return null; // still changing after four rounds: nobody writes a link like that
}

function looksSafe(path: string): boolean {
  if (CONTROL.test(path) || path.includes("\\")) return false;
  if (!path.startsWith("/") || path.startsWith("//")) return false;
  const pathname = path.split(/[?#]/, 1)[0]!;
  return !pathname.split("/").some((segment) => segment === ".." || segment === ".");
}

/**
 * `input` as a same-origin path (`/a/b?c#d`), or `fallback` when it is anything else: an
 * absolute or protocol-relative URL, a backslash, a control character, or a `..` hidden behind
 * percent-escapes (`..%2F`). Checked as written and decoded, then normalised by the URL parser,
 * whose result must keep the origin and start with exactly one slash.
 */
export function sameOriginPath(input: unknown, fallback = "/studio"): string {
  if (typeof input !== "string" || input.length === 0 || input.length > 2048) return fallback;
  const decoded = fullyDecoded(input);
  if (decoded === null || !looksSafe(input) || !looksSafe(decoded)) return fallback;
  let url: URL;
  try {
    url = new URL(input, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE || !url.pathname.startsWith("/") || url.pathname.startsWith("//")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Auth.js's `callbacks.redirect`: absolute URLs of this site become paths; others go home. */
export function authRedirect({ url, baseUrl }: { url: string; baseUrl: string }): string {
  let candidate: string = url;
  if (!url.startsWith("/")) {
    try {
      const absolute = new URL(url);
      candidate = absolute.origin === baseUrl ? `${absolute.pathname}${absolute.search}${absolute.hash}` : "";
    } catch {
      candidate = "";
    }
  }
  return `${baseUrl}${sameOriginPath(candidate)}`;
}

/** Where a person goes once signed in: the invitation they came with, if it is one, or the studio. */
export function afterSignInPath(invite: unknown): string {
  const token = inviteTokenSchema.safeParse(invite);
  return sameOriginPath(token.success ? `/invite/${token.data}` : "/studio");
}
