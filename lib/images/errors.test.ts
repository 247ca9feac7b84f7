import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ImageDecodeError } from "./decode-error";
import { ProviderError, retryAfterSeconds, splitRequestId, toProviderError } from "./errors";

const apiError = (status: number | undefined, error: object, headers: Record<string, string> = {}) =>
  status === undefined
    ? new APIError(undefined, error, undefined, new Headers(headers))
    : APIError.generate(status, { error }, undefined, new Headers(headers));

describe("toProviderError", () => {
  it("maps a moderation block to a plain sentence", () => {
    const err = toProviderError(
      apiError(400, { message: "Your request was rejected by the safety system.", type: "image_generation_user_error", code: "moderation_blocked" }, { "x-request-id": "req_1" }),
    );
    expect(err).toMatchObject({ code: "moderation_blocked", status: 400, requestId: "req_1", message: "The provider's safety system refused this prompt." });
    expect(err.providerMessage).toBe("Your request was rejected by the safety system.");
  });

  it("names the rejected parameter of an invalid request, and drops an empty param", () => {
    const err = toProviderError(
      apiError(400, { message: "Invalid value: 'standard'. Supported values are: 'low', 'medium', 'high', and 'auto'.", type: "invalid_request_error", param: "quality", code: "invalid_value" }),
    );
    expect(err.code).toBe("invalid_request");
    expect(err.param).toBe("quality");
    expect(err.message).toBe("The provider rejected the quality setting: Invalid value: 'standard'. Supported values are: 'low', 'medium', 'high', and 'auto'.");
    expect(toProviderError(apiError(400, { message: "bad", param: "" })).param).toBeUndefined();
  });

  it("tells a rate limit with its wait apart from an empty quota", () => {
    const limited = toProviderError(apiError(429, { message: "slow down", code: "rate_limit_exceeded" }, { "retry-after": "40" }));
    expect(limited).toMatchObject({ code: "rate_limited", retryAfterSeconds: 40, message: "Rate limited by the provider — try again in 40 s." });
    const quota = toProviderError(apiError(429, { message: "You exceeded your current quota", type: "insufficient_quota", code: "insufficient_quota" }));
    expect(quota.code).toBe("quota");
  });

  it("maps 401, 403 and 5xx", () => {
    expect(toProviderError(apiError(401, { code: "invalid_api_key", message: "Incorrect API key" })).message).toBe(
      "The provider rejected the API key (401). Check OPENAI_API_KEY.",
    );
    expect(toProviderError(apiError(403, { message: "Organization must be verified" })).message).toBe(
      "The provider refused access (403): Organization must be verified.",
    );
    expect(toProviderError(apiError(503, { message: "overloaded", type: "server_error" })).code).toBe("server_error");
  });

  it("maps an error event inside a stream (no status) by its type", () => {
    expect(toProviderError(apiError(undefined, { message: "boom", type: "server_error" })).code).toBe("server_error");
    expect(toProviderError(apiError(undefined, { message: "no", type: "invalid_request_error" })).code).toBe("invalid_request");
  });

  it("takes the request id from x-api-request-id or the message, and strips it from the message", () => {
    const relay = toProviderError(apiError(500, { message: "upstream saturated (request id: 2025010112345)" }));
    expect(relay).toMatchObject({ requestId: "2025010112345", providerMessage: "upstream saturated" });
    expect(toProviderError(apiError(500, { message: "x" }, { "x-api-request-id": "mv-9" })).requestId).toBe("mv-9");
  });

  it("maps the SDK's transport errors, keeping timeout apart from connection", () => {
    expect(toProviderError(new APIConnectionTimeoutError()).code).toBe("timeout");
    expect(toProviderError(new APIConnectionError({ message: "ECONNREFUSED" })).code).toBe("connection");
    expect(toProviderError(new APIUserAbortError()).code).toBe("canceled");
    expect(toProviderError(new DOMException("aborted", "AbortError")).code).toBe("canceled");
  });

  it("maps our own parse failures to bad_response", () => {
    expect(toProviderError(new SyntaxError("Unexpected end of JSON input")).code).toBe("bad_response");
    expect(toProviderError(z.string().safeParse(1).error).code).toBe("bad_response");
    expect(toProviderError(new ImageDecodeError("corrupt", "damaged")).code).toBe("bad_response");
  });

  it("passes a ProviderError through unchanged", () => {
    const original = new ProviderError({ code: "quota", message: "x" });
    expect(toProviderError(original)).toBe(original);
  });
});

describe("helpers", () => {
  it("splits OpenAI's 'include the request ID' suffix", () => {
    expect(splitRequestId("Try again. (Please include the request ID req_abc123 in your message.)")).toEqual({
      message: "Try again.",
      requestId: "req_abc123",
    });
    expect(splitRequestId("No id here")).toEqual({ message: "No id here" });
    const prose = "If you believe this is an error, contact us and include the request ID.";
    expect(splitRequestId(prose)).toEqual({ message: prose });
  });

  it("reads retry-after-ms before retry-after, and HTTP dates", () => {
    expect(retryAfterSeconds(new Headers({ "retry-after-ms": "1500", "retry-after": "9" }))).toBe(1.5);
    const now = Date.parse("2026-11-01T00:00:00Z");
    expect(retryAfterSeconds(new Headers({ "retry-after": "Sun, 01 Nov 2026 00:00:30 GMT" }), now)).toBe(30);
    expect(retryAfterSeconds(new Headers())).toBeUndefined();
  });
});
