import { describe, expect, it } from "vitest";
import { estimateUsage, inputImageTokens, outputTokens, textTokens } from "./tokens";

const base = { model: "gpt-image-1-mini", n: 1, size: "auto", quality: "auto", stream: false, partial_images: 0 } as const;

describe("output tokens", () => {
  it("resolves auto to 1024x1024 at medium quality for a generation", () => {
    expect(outputTokens(base)).toBe(1056);
  });

  it("multiplies the table by n", () => {
    expect(outputTokens({ ...base, n: 3, size: "1536x1024", quality: "high" })).toBe(3 * 6208);
  });

  it("adds 100 tokens per partial image, only when streaming", () => {
    expect(outputTokens({ ...base, quality: "low", size: "1024x1536", stream: true, partial_images: 2 })).toBe(408 + 200);
    expect(outputTokens({ ...base, quality: "low", size: "1024x1536", stream: false, partial_images: 2 })).toBe(408);
  });
});

describe("inputImageTokens", () => {
  it("counts a 1024² image as one tile: 194 tokens", () => {
    expect(inputImageTokens({ width: 1024, height: 1024 })).toBe(194);
  });

  it("scales the shorter side to 512 before counting tiles", () => {
    expect(inputImageTokens({ width: 1536, height: 1024 })).toBe(65 + 129 * 2); // 768×512
    expect(inputImageTokens({ width: 256, height: 256 })).toBe(194); // scaled up
    expect(inputImageTokens({ width: 4096, height: 1024 })).toBe(65 + 129 * 4); // 2048×512
    expect(inputImageTokens({ width: 1000, height: 1600 })).toBe(65 + 129 * 2); // 512×819
  });

  it("rejects a size without pixels", () => {
    expect(() => inputImageTokens({ width: 0, height: 10 })).toThrow(RangeError);
  });
});

describe("textTokens and estimateUsage", () => {
  it("counts a quarter token per character, at least one", () => {
    expect(textTokens("")).toBe(1);
    expect(textTokens("abcd")).toBe(1);
    expect(textTokens("abcde")).toBe(2);
  });

  it("estimates an edit from its prompt, input images and the first image's aspect", () => {
    const usage = estimateUsage({ ...base, prompt: "add a hat on the fox", quality: "low" }, [
      { width: 1536, height: 1024 },
      { width: 1024, height: 1024 },
    ]);
    expect(usage).toEqual({ textTokensIn: 5, imageTokensIn: 323 + 194, imageTokensOut: 400, textTokensOut: 0, totalTokens: 5 + 517 + 400 });
  });

  it("is unknown (null), not zero, where no token count is published: gpt-image-2, or a custom size", () => {
    expect(estimateUsage({ ...base, model: "gpt-image-2", prompt: "a fox" })).toBeNull();
    expect(estimateUsage({ ...base, model: "gpt-image-1.5", prompt: "a fox" })?.imageTokensOut).toBe(1056);
    expect(outputTokens({ ...base, model: "gpt-image-2", size: "2048x1152" })).toBeNull();
  });
});

describe("streamed requests for several images", () => {
  it("count each image's partials, since each image is its own streamed call", () => {
    const req = { model: "gpt-image-1-mini" as const, n: 3, size: "1024x1024" as const, quality: "low" as const, stream: true, partial_images: 2 };
    expect(outputTokens(req)).toBe(3 * (272 + 200));
    expect(outputTokens({ ...req, stream: false })).toBe(3 * 272);
  });
});
