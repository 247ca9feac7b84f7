import { describe, expect, it } from "vitest";
import { costOf, DEFAULT_PRICES, estimateCost, formatUsd } from "./cost";
import { parseDecimal, toDecimalString } from "./decimal";
import { priceRatesSchema } from "./prices";

const mini = DEFAULT_PRICES.find((p) => p.model === "gpt-image-1-mini")!.rates;

const usage = (u: { textIn?: number; imageIn?: number; imageOut?: number; textOut?: number }) => {
  const [textTokensIn, imageTokensIn, imageTokensOut, textTokensOut] = [u.textIn ?? 0, u.imageIn ?? 0, u.imageOut ?? 0, u.textOut ?? 0];
  return { textTokensIn, imageTokensIn, imageTokensOut, textTokensOut, totalTokens: textTokensIn + imageTokensIn + imageTokensOut + textTokensOut };
};

describe("costOf", () => {
  it("prices 272 output tokens at $8 per 1M exactly", () => {
    const cost = costOf(usage({ imageOut: 272 }), mini);
    expect(cost).toEqual({ textIn: "0", imageIn: "0", imageOut: "0.002176", textOut: "0", total: "0.002176" });
  });

  it("adds text, image-in and image-out without floating point drift", () => {
    const cost = costOf(usage({ textIn: 8, imageIn: 194, imageOut: 1056 }), mini);
    // 8×2 + 194×2.5 + 1056×8 = 16 + 485 + 8448 = 8949 micro-dollars.
    expect(cost).toEqual({ textIn: "0.000016", imageIn: "0.000485", imageOut: "0.008448", textOut: "0", total: "0.008949" });
  });

  it("prices output text tokens at the text-output rate, apart from image tokens", () => {
    const rates = { ...mini, textOutPerM: "10.00" };
    const cost = costOf(usage({ textIn: 8, imageOut: 1056, textOut: 44 }), rates);
    // 8×2 + 1056×8 + 44×10 = 16 + 8448 + 440 micro-dollars; all 1100 as image tokens would be 8816.
    expect(cost).toEqual({ textIn: "0.000016", imageIn: "0", imageOut: "0.008448", textOut: "0.00044", total: "0.008904" });
  });

  it("is unknown (null), not zero, without usage, without prices, or with output text and no text-output price", () => {
    expect(costOf(null, mini)).toBeNull();
    expect(costOf(usage({ imageOut: 272 }), null)).toBeNull();
    expect(mini.textOutPerM).toBeNull();
    expect(costOf(usage({ imageOut: 1056, textOut: 44 }), mini)).toBeNull();
  });

  it("accepts rates as the database prints them, including exponent notation", () => {
    const rates = { ...mini, imageOutPerM: "6.4", textInPerM: "2" };
    expect(costOf(usage({ textIn: 3, imageOut: 1000 }), rates)?.total).toBe("0.006406");
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
    expect(estimate?.total).toBe("0.067594");
    expect(estimate?.usage.imageTokensOut).toBe(2112);
  });

  it("includes input images of an edit", () => {
    const params = { model: "gpt-image-1-mini", prompt: "abcd", n: 1, size: "1024x1024", quality: "low", stream: false, partial_images: 0 } as const;
    expect(estimateCost(params, mini, { inputImageSizes: [{ width: 1024, height: 1024 }] })?.imageIn).toBe("0.000485");
  });

  it("is unknown when the model has no price row or no published token count", () => {
    const params = { model: "gpt-image-2", prompt: "a fox", n: 1, size: "1024x1024", quality: "low", stream: false, partial_images: 0 } as const;
    expect(estimateCost({ ...params, model: "gpt-image-1-mini" }, undefined)).toBeNull();
    expect(estimateCost(params, mini)).toBeNull(); // gpt-image-2 publishes no token table
    expect(DEFAULT_PRICES.map((p) => p.model)).not.toContain("gpt-image-2");
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
    // docs/images-api.md §6 publishes no text-output price and no price for the other models.
    expect(DEFAULT_PRICES.map((p) => [p.provider, p.model, p.rates.imageOutPerM, p.rates.textOutPerM, p.takenAt])).toEqual([
      ["openai", "gpt-image-1-mini", "8.00", null, "2026-11-01"],
      ["openai", "gpt-image-1.5", "32.00", null, "2026-11-01"],
    ]);
    for (const p of DEFAULT_PRICES) expect(priceRatesSchema.parse(p.rates)).toEqual(p.rates);
  });
});
