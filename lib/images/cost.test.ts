import { describe, expect, it } from "vitest";
import { costOf, DEFAULT_PRICES, estimateCost, formatUsd } from "./cost";
import { parseDecimal, toDecimalString } from "./decimal";
import { priceRatesSchema } from "./prices";

const mini = DEFAULT_PRICES.find((p) => p.model === "gpt-image-1-mini")!.rates;

describe("costOf", () => {
  it("prices 272 output tokens at $8 per 1M exactly", () => {
    const cost = costOf({ textTokensIn: 0, imageTokensIn: 0, imageTokensOut: 272, totalTokens: 272 }, mini);
    expect(cost).toEqual({ textIn: "0", imageIn: "0", imageOut: "0.002176", total: "0.002176" });
  });

  it("adds text, image-in and image-out without floating point drift", () => {
    const cost = costOf({ textTokensIn: 8, imageTokensIn: 194, imageTokensOut: 1056, totalTokens: 1258 }, mini);
    // 8×2 + 194×2.5 + 1056×8 = 16 + 485 + 8448 = 8949 micro-dollars.
    expect(cost).toEqual({ textIn: "0.000016", imageIn: "0.000485", imageOut: "0.008448", total: "0.008949" });
  });

  it("returns null, not zero, when usage is unknown", () => {
    expect(costOf(null, mini)).toBeNull();
  });

  it("accepts rates as the database prints them, including exponent notation", () => {
    const rates = { ...mini, imageOutPerM: "6.4", textInPerM: "2" };
    expect(costOf({ textTokensIn: 3, imageTokensIn: 0, imageTokensOut: 1000, totalTokens: 1003 }, rates)?.total).toBe("0.006406");
    expect(toDecimalString(parseDecimal("1e-7"))).toBe("0.0000001");
    expect(() => parseDecimal("-1")).toThrow(RangeError);
  });
});

describe("estimateCost", () => {
  it("estimates a default generation on gpt-image-1.5", () => {
    const rates = DEFAULT_PRICES.find((p) => p.model === "gpt-image-1.5")!.rates;
    const params = { model: "gpt-image-1.5", prompt: "a fox", n: 2, size: "auto", quality: "auto", stream: false, partial_images: 0 } as const;
    const estimate = estimateCost(params, rates);
    // 2 text tokens × $5 + 2 × 1056 × $32, per 1M.
    expect(estimate.total).toBe("0.067594");
    expect(estimate.usage.imageTokensOut).toBe(2112);
  });

  it("includes input images of an edit", () => {
    const params = { model: "gpt-image-1-mini", prompt: "abcd", n: 1, size: "1024x1024", quality: "low", stream: false, partial_images: 0 } as const;
    expect(estimateCost(params, mini, { inputImageSizes: [{ width: 1024, height: 1024 }] }).imageIn).toBe("0.000485");
  });
});

describe("formatUsd", () => {
  it("shows sub-dollar costs to four places and trims trailing zeros to cents", () => {
    expect(formatUsd("0.002176")).toBe("$0.0022");
    expect(formatUsd("0.17")).toBe("$0.17");
    expect(formatUsd("0.5")).toBe("$0.50");
    expect(formatUsd("0.04225")).toBe("$0.0423");
  });

  it("shows dollars with cents and thousands separators", () => {
    expect(formatUsd("12.345")).toBe("$12.35");
    expect(formatUsd("1234567.891")).toBe("$1,234,567.89");
    expect(formatUsd("0.99996")).toBe("$1.00");
  });

  it("never rounds a real cost down to nothing", () => {
    expect(formatUsd("0.000016")).toBe("<$0.0001");
    expect(formatUsd("0")).toBe("$0.00");
  });
});

describe("DEFAULT_PRICES", () => {
  it("holds OpenAI's list prices taken on 2026-11-01, valid by the admin form's schema", () => {
    expect(DEFAULT_PRICES.map((p) => [p.provider, p.model, p.rates.imageOutPerM, p.takenAt])).toEqual([
      ["openai", "gpt-image-1-mini", "8.00", "2026-11-01"],
      ["openai", "gpt-image-1.5", "32.00", "2026-11-01"],
    ]);
    for (const p of DEFAULT_PRICES) expect(priceRatesSchema.parse(p.rates)).toEqual(p.rates);
  });
});
