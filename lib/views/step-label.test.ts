import { describe, expect, it } from "vitest";
import type { HistoryStep } from "./history";
import { branchCostText, relativeTime, stepCostText, stepImage, stepName } from "./step-label";

const images = (...picks: (null | "finalist" | "discarded")[]) => picks.map((pick, index) => ({ id: `i${index}`, index, width: 1, height: 1, pick }));
const step = (over: Partial<HistoryStep>) => ({ images: images(null, null), costUsd: "0.011", costUnknown: false, status: "succeeded", kind: "edit", ...over }) as HistoryStep;

describe("stepImage", () => {
  it("is the current base when the step made it, else a finalist, else the first kept image", () => {
    expect(stepImage(step({ images: images(null, "finalist") }), "i0")?.id).toBe("i0");
    expect(stepImage(step({ images: images(null, "finalist") }), null)?.id).toBe("i1");
    expect(stepImage(step({ images: images("discarded", null) }), null)?.id).toBe("i1");
    expect(stepImage(step({ images: images("discarded") }), null)?.id).toBe("i0");
    expect(stepImage(step({ images: [] }), null)).toBeNull();
  });
});

describe("names and costs", () => {
  it("names a step by number, kind and cost", () => {
    expect(stepName(3, step({}))).toBe("Step 3 · edit · $0.011");
    expect(stepName(1, step({ costUsd: null, costUnknown: true, kind: "generate" }))).toBe("Step 1 · generate · cost unknown");
    expect(stepName(4, step({ kind: "local", costUsd: "0", params: { enlarge: true } }))).toBe("Step 4 · local enlargement · $0.00");
    expect(stepName(5, step({ params: { enlarge: true } }))).toBe("Step 5 · enlargement · $0.011");
  });

  it("tells an unknown cost from work that never reached the provider or is still running", () => {
    expect(stepCostText(step({ costUsd: null, costUnknown: false, status: "failed" }))).toBe("not billed");
    expect(stepCostText(step({ costUsd: null, costUnknown: false, status: "queued" }))).toBe("pending");
    // Sent and still running: the branch says "at least", the step says it is not done.
    expect(stepCostText(step({ costUsd: null, costUnknown: true, status: "running" }))).toBe("pending");
    expect(branchCostText({ usd: "0.042", atLeast: true })).toBe("≥ $0.042");
    expect(branchCostText({ usd: "0.042", atLeast: false })).toBe("$0.042");
  });
});

describe("relativeTime", () => {
  const now = "2026-11-30T12:00:00.000Z";
  it("reads as a person would say it", () => {
    expect(relativeTime("2026-11-30T11:59:50.000Z", now)).toBe("just now");
    expect(relativeTime("2026-11-30T11:55:00.000Z", now)).toBe("5 min ago");
    expect(relativeTime("2026-11-30T09:00:00.000Z", now)).toBe("3 h ago");
    expect(relativeTime("2026-11-28T12:00:00.000Z", now)).toBe("2 d ago");
    expect(relativeTime("2026-09-01T12:00:00.000Z", now)).toBe("1 Sept 2026");
  });
});
