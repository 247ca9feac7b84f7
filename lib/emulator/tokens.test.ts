import { describe, expect, it } from "vitest";
import { closestSize, resolve } from "./resolve";
import { imageInputTokens, outputTokensPerImage, textTokens, usageFor } from "./tokens";
import { validateGeneration } from "./validate";

describe("token accounting", () => {
  it("counts text tokens as ceil(chars / 4), at least 1", () => {
    expect(textTokens("a")).toBe(1);
    expect(textTokens("abcd")).toBe(1);
    expect(textTokens("abcde")).toBe(2);
    expect(textTokens("x".repeat(32_000))).toBe(8000);
  });

  it("counts input image tokens with the 512 px tile rule", () => {
    expect(imageInputTokens(1024, 1024)).toBe(194); // 512x512: 1 tile
    expect(imageInputTokens(1536, 1024)).toBe(65 + 129 * 2); // 768x512: 2 tiles
    expect(imageInputTokens(256, 256)).toBe(194); // scaled up to 512x512
    expect(imageInputTokens(1000, 3000)).toBe(65 + 129 * 3); // 512x1536
    expect(imageInputTokens(4096, 512)).toBe(65 + 129 * 8); // 4096x512 after the 2048 fit
  });

  it("uses the published output table", () => {
    expect(outputTokensPerImage("low", "1024x1024")).toBe(272);
    expect(outputTokensPerImage("medium", "1024x1536")).toBe(1584);
    expect(outputTokensPerImage("high", "1536x1024")).toBe(6208);
  });

  it("scales the square's entry by area for a size outside the table (gpt-image-2's own sizes)", () => {
    expect(outputTokensPerImage("medium", "2048x2048")).toBe(4 * 1056);
    expect(outputTokensPerImage("low", "1280x720")).toBe(Math.round((272 * 1280 * 720) / 1024 ** 2));
  });

  it("bills n images, partial images and summed input images", () => {
    const usage = usageFor({
      prompt: "x".repeat(10),
      inputImages: [
        { width: 1024, height: 1024 },
        { width: 1536, height: 1024 },
      ],
      n: 2,
      quality: "high",
      size: "1024x1536",
      partialImages: 3,
    });
    expect(usage).toEqual({
      input_tokens: 3 + 194 + 323,
      input_tokens_details: { text_tokens: 3, image_tokens: 517 },
      output_tokens: 2 * 6240 + 300,
      output_tokens_details: { image_tokens: 2 * 6240 + 300, text_tokens: 0 },
      total_tokens: 3 + 517 + 12_780,
    });
    const { output_tokens, output_tokens_details: split } = usage;
    expect(split.image_tokens + split.text_tokens).toBe(output_tokens);
  });
});

describe("auto resolution", () => {
  it("picks the supported size closest in aspect ratio", () => {
    expect(closestSize(600, 400)).toBe("1536x1024");
    expect(closestSize(400, 600)).toBe("1024x1536");
    expect(closestSize(1000, 1100)).toBe("1024x1024");
    expect(closestSize(5000, 100)).toBe("1536x1024");
  });

  it("resolves auto to 1024x1024, medium, opaque for generations", () => {
    const req = validateGeneration({ model: "gpt-image-1-mini", prompt: "p" });
    expect(resolve(req)).toMatchObject({ size: "1024x1024", quality: "medium", background: "opaque" });
    expect(resolve(req, { width: 300, height: 500 }).size).toBe("1024x1536");
  });

  it("ignores partial_images when not streaming", () => {
    const req = validateGeneration({ model: "gpt-image-1-mini", prompt: "p", partial_images: 3 });
    expect(req.partialImages).toBe(0);
  });
});
