// How a generation's end decides its budget hold: the actual cost when known, nothing when
// nothing was billed, the estimate kept as spent when the cost is unknown.
import { describe, expect, it } from "vitest";
import { settlementOf } from "./settle-budget";

const cost = (usd: string) => ({ toFixed: () => usd });

describe("settlementOf", () => {
  it("settles a known cost, in micro-dollars rounded up", () => {
    expect(settlementOf({ status: "succeeded", costUsd: cost("0.0021765"), errorCode: null })).toEqual({ outcome: "settled", actualMicros: 2177n });
  });
  it("releases work canceled or interrupted before it was sent ($0)", () => {
    expect(settlementOf({ status: "canceled", costUsd: cost("0"), errorCode: "canceled" })).toEqual({ outcome: "released" });
    expect(settlementOf({ status: "interrupted", costUsd: cost("0"), errorCode: "interrupted" })).toEqual({ outcome: "released" });
  });
  it("releases a provider failure", () => {
    expect(settlementOf({ status: "failed", costUsd: null, errorCode: "moderation_blocked" })).toEqual({ outcome: "released" });
  });
  it("keeps the estimate as spent when the cost is unknown", () => {
    expect(settlementOf({ status: "canceled", costUsd: null, errorCode: "canceled" })).toEqual({ outcome: "kept" });
    expect(settlementOf({ status: "interrupted", costUsd: null, errorCode: "interrupted" })).toEqual({ outcome: "kept" });
    expect(settlementOf({ status: "succeeded", costUsd: null, errorCode: null })).toEqual({ outcome: "kept" });
    expect(settlementOf({ status: "failed", costUsd: null, errorCode: "storage" })).toEqual({ outcome: "kept" });
    expect(settlementOf(null)).toEqual({ outcome: "kept" });
  });
  it("leaves active work alone", () => {
    expect(settlementOf({ status: "running", costUsd: null, errorCode: null })).toBeNull();
  });
});
