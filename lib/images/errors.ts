// Every way a provider call can fail, as one error type with a code the app can branch on
// and a sentence a person can act on. The provider's own wording is kept for the log.
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai";
import { z } from "zod";
import { ImageDecodeError } from "./decode-error";

export const PROVIDER_ERROR_CODES = [
  "invalid_request",
  "moderation_blocked",
  "auth",
  "forbidden",
  "rate_limited",
  "quota",
  "server_error",
  "timeout",
  "connection",
  "canceled",
  "bad_response",
] as const;

export type ProviderErrorCode = (typeof PROVIDER_ERROR_CODES)[number];

export interface ProviderErrorInit {
  code: ProviderErrorCode;
  message: string;
  status?: number;
  providerMessage?: string;
  requestId?: string;
  retryAfterSeconds?: number;
  param?: string;
  retries?: number;
  cause?: unknown;
}

export class ProviderError extends Error {
  readonly code: ProviderErrorCode;
  readonly status?: number;
  readonly providerMessage?: string;
  /** Mutable: a failure found after the response arrived learns the id from its headers. */
  requestId?: string;
  readonly retryAfterSeconds?: number;
  readonly param?: string;
  /** How many times Fresco retried before giving up, so the UI can say "retried 2 times". */
  retries: number;

  constructor(init: ProviderErrorInit) {
    super(init.message, { cause: init.cause });
    this.name = "ProviderError";
    this.code = init.code;
    this.status = init.status;
    this.providerMessage = init.providerMessage;
    this.requestId = init.requestId;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.param = init.param;
    this.retries = init.retries ?? 0;
  }
}

// Relays append the id to the message ("... (request id: 2025...)"); OpenAI asks you to quote it.
// The id must follow a colon or a space and contain a digit, so that prose such as "include
// the request ID." is left alone.
const TRAILING_REQUEST_ID =
  /\s*[([]?\s*(?:please include the )?request[ _-]?id(?:\s*[:=]\s*|\s+)((?=[\w.-]*\d)[A-Za-z0-9][\w.-]*?)(?:\s+in your message)?\s*[.)\]]*\s*$/i;

export function splitRequestId(message: string): { message: string; requestId?: string } {
  const match = TRAILING_REQUEST_ID.exec(message);
  if (!match) return { message };
  return { message: message.slice(0, match.index).trim(), requestId: match[1] };
}

/** `retry-after-ms` (OpenAI) or `retry-after` in seconds or as an HTTP date. */
export function retryAfterSeconds(headers: Headers | undefined, now = Date.now()): number | undefined {
  const ms = Number(headers?.get("retry-after-ms") ?? NaN);
  if (Number.isFinite(ms) && ms >= 0) return ms / 1000;
  const raw = headers?.get("retry-after");
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000);
}

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

function fromApiError(err: APIError): ProviderError {
  const body = (err.error ?? {}) as { message?: unknown; type?: unknown; code?: unknown };
  const rawMessage = typeof body.message === "string" ? body.message : err.message.replace(/^\d{3} /, "");
  const split = splitRequestId(rawMessage);
  const providerMessage = split.message || undefined;
  const requestId = err.headers?.get("x-request-id") || err.headers?.get("x-api-request-id") || split.requestId;
  const param = err.param || undefined;
  const kind = `${String(body.code ?? "")} ${String(body.type ?? "")}`;
  const status = err.status;
  const retryAfter = retryAfterSeconds(err.headers);
  const base = { status, providerMessage, requestId, param, cause: err };
  const detail = providerMessage ? `: ${sentence(providerMessage)}` : ".";

  if (/moderation|content_policy|safety/i.test(kind))
    return new ProviderError({ ...base, code: "moderation_blocked", message: "The provider's safety system refused this prompt." });
  if (/insufficient_quota|billing/i.test(kind) || status === 402)
    return new ProviderError({ ...base, code: "quota", message: "The provider account has no credit left. Add credit or raise the spending limit." });
  if (status === 401 || /invalid_api_key/.test(kind))
    return new ProviderError({ ...base, code: "auth", message: `The provider rejected the API key (${status ?? 401}). Check OPENAI_API_KEY.` });
  if (status === 403)
    return new ProviderError({ ...base, code: "forbidden", message: `The provider refused access (403)${detail}` });
  if (status === 429 || /rate_limit/.test(kind)) {
    const wait = retryAfter === undefined ? "in a moment" : `in ${Math.max(1, Math.ceil(retryAfter))} s`;
    return new ProviderError({ ...base, code: "rate_limited", retryAfterSeconds: retryAfter, message: `Rate limited by the provider — try again ${wait}.` });
  }
  if ((status !== undefined && status >= 500) || (status === undefined && !/invalid_request/.test(kind))) {
    const what = status === 503 ? "is overloaded (503)" : `had an internal error${status ? ` (${status})` : ""}`;
    return new ProviderError({ ...base, code: "server_error", retryAfterSeconds: retryAfter, message: `The provider ${what}. Try again shortly.` });
  }
  const target = param ? `the ${param} setting` : "the request";
  return new ProviderError({ ...base, code: "invalid_request", message: `The provider rejected ${target}${detail}` });
}

/** Maps anything a provider call can throw onto a ProviderError. */
export function toProviderError(err: unknown): ProviderError {
  if (err instanceof ProviderError) return err;
  // Order matters: the timeout and abort errors are subclasses of the connection error.
  if (err instanceof APIUserAbortError) return canceled(err);
  if (err instanceof APIConnectionTimeoutError) return timedOut(err);
  if (err instanceof APIConnectionError)
    return new ProviderError({ code: "connection", message: "Fresco could not reach the provider. Check the network and the base URL.", cause: err });
  if (err instanceof APIError) return fromApiError(err);
  if (err instanceof Error && err.name === "AbortError") return canceled(err);
  if (err instanceof Error && err.name === "TimeoutError") return timedOut(err);
  if (err instanceof ImageDecodeError) return badResponse(`The provider sent an image Fresco cannot read: ${err.message}`, err);
  if (err instanceof SyntaxError) return badResponse("The provider sent a response that is not valid JSON.", err);
  if (err instanceof z.ZodError) return badResponse("The provider's response is not in the Images API format.", err);
  if (err instanceof TypeError && err.message === "fetch failed")
    return new ProviderError({ code: "connection", message: "Fresco could not reach the provider. Check the network and the base URL.", cause: err });
  return badResponse("Something went wrong while reading the provider's response.", err);
}

export function badResponse(message: string, cause?: unknown): ProviderError {
  return new ProviderError({ code: "bad_response", message, cause });
}

export function canceled(cause?: unknown): ProviderError {
  return new ProviderError({ code: "canceled", message: "The request was canceled.", cause });
}

export function timedOut(cause?: unknown): ProviderError {
  return new ProviderError({
    code: "timeout",
    message: "The provider did not answer in time. Fresco did not retry, because the provider may already have billed the request.",
    cause,
  });
}
