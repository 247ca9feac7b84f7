// Faults on demand: a `[fault:NAME]` marker in the prompt makes a valid request fail the way
// real providers and relays do. `[fault:NAMExN]` fails only the first N identical requests.
import { ApiError, errors } from "./errors";

export const FAULT_NAMES = [
  "401",
  "429",
  "quota",
  "500",
  "503",
  "moderation",
  "hang",
  "malformed-json",
  "truncated-b64",
  "url",
  "data-prefix",
  "no-usage",
  "chat-usage",
  "stream-error",
  "stream-end",
] as const;

export type FaultName = (typeof FAULT_NAMES)[number];

interface Marker {
  name: FaultName;
  /** Fail only this many identical attempts; undefined = always. */
  times?: number;
  text: string;
}

const MARKER = /\[fault:([a-z0-9-]+?)(?:x(\d+))?\]/gi;

export function parseMarkers(prompt: string): Marker[] {
  const markers: Marker[] = [];
  for (const match of prompt.matchAll(MARKER)) {
    const name = (match[1] ?? "").toLowerCase();
    if (!(FAULT_NAMES as readonly string[]).includes(name)) {
      throw errors.invalidValue("prompt", `[fault:${name}]`, FAULT_NAMES.map((n) => `[fault:${n}]`));
    }
    markers.push({
      name: name as FaultName,
      times: match[2] === undefined ? undefined : Number(match[2]),
      text: match[0].toLowerCase(),
    });
  }
  return markers;
}

/** Counts attempts per identical request, so `xN` markers can fail N times and then succeed. */
export class FaultCounter {
  private attempts = new Map<string, number>();

  active(prompt: string, requestKey: string): Set<FaultName> {
    const active = new Set<FaultName>();
    for (const marker of parseMarkers(prompt)) {
      if (marker.times === undefined) {
        active.add(marker.name);
        continue;
      }
      const key = `${requestKey}|${marker.text}`;
      const seen = this.attempts.get(key) ?? 0;
      this.attempts.set(key, seen + 1);
      if (seen < marker.times) active.add(marker.name);
    }
    return active;
  }

  reset(): void {
    this.attempts.clear();
  }
}

/** The error a fault answers with, for the faults that are plain error responses. */
export function faultError(faults: ReadonlySet<FaultName>, model: string): ApiError | undefined {
  if (faults.has("401")) {
    return errors.invalidApiKey(
      "Incorrect API key provided. You can find your API key at https://platform.openai.com/account/api-keys.",
    );
  }
  if (faults.has("429")) {
    return new ApiError(
      429,
      {
        message: `Rate limit reached for ${model} in organization org-emulator on requests per min (RPM): Limit 5, Used 5, Requested 1. Please try again in 1s.`,
        type: "rate_limit_exceeded",
        param: null,
        code: "rate_limit_exceeded",
      },
      { "retry-after": "1", "retry-after-ms": "1000" },
    );
  }
  if (faults.has("quota")) {
    return new ApiError(429, {
      message: "You exceeded your current quota, please check your plan and billing details.",
      type: "insufficient_quota",
      param: null,
      code: "insufficient_quota",
    });
  }
  if (faults.has("moderation")) return moderationError();
  if (faults.has("500")) return serverError(500, "The server had an error while processing your request. Sorry about that!");
  if (faults.has("503")) return serverError(503, "The engine is currently overloaded, please try again later.");
  return undefined;
}

export function serverError(status: number, message: string): ApiError {
  return new ApiError(status, { message, type: "server_error", param: null, code: null });
}

export function moderationError(): ApiError {
  return new ApiError(400, {
    message:
      "Your request was rejected by the safety system. If you believe this is an error, contact us and include the request ID.",
    type: "image_generation_user_error",
    param: null,
    code: "moderation_blocked",
  });
}
