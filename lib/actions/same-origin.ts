// Next's own rule for a server action's origin (app-render/action-handler.ts), in one place
// for the proxy and for routes that take a signed-in POST: the Origin's host must be the Host
// (or the first X-Forwarded-Host), or one of the allowed origins. No Origin passes, as in
// Next: browsers send one with every cross-site POST.
import { isCsrfOriginAllowed } from "next/dist/server/app-render/csrf-protection";
import { ACTION_ALLOWED_ORIGINS } from "./server-actions.mjs";

export function isForeignOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (!origin) return false;
  const originHost = origin === "null" ? "null" : hostOf(origin);
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  return !(originHost && (originHost === host || isCsrfOriginAllowed(originHost, [...ACTION_ALLOWED_ORIGINS])));
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

export function foreignOriginSentence(headers: Headers): string {
  return `This request came from another site (${(headers.get("origin") ?? "").slice(0, 100)}), so Fresco did not run it. Open Fresco at its own address and try again.`;
}
