import { describe, expect, it } from "vitest";
import { DEFAULT_PARAMS, normalize, restoreParams } from "./use-prompt-params";

describe("prompt panel parameters", () => {
  it("a transparent background never keeps JPEG output", () => {
    const p = normalize({ ...DEFAULT_PARAMS, output_format: "jpeg", background: "transparent" });
    expect(p.output_format).toBe("png");
  });

  it("compression exists only for JPEG and WebP", () => {
    expect(normalize({ ...DEFAULT_PARAMS, output_format: "webp" }).output_compression).toBe(90);
    expect(normalize({ ...DEFAULT_PARAMS, output_format: "png", output_compression: 50 })).not.toHaveProperty("output_compression");
  });

  it("partial images need streaming, and stay within the model's maximum", () => {
    expect(normalize({ ...DEFAULT_PARAMS, stream: false, partial_images: 3 }).partial_images).toBe(0);
    expect(normalize({ ...DEFAULT_PARAMS, stream: true, partial_images: 9 }).partial_images).toBe(3);
  });

  it("n is clamped to the model's range", () => {
    expect(normalize({ ...DEFAULT_PARAMS, n: 40 }).n).toBe(10);
    expect(normalize({ ...DEFAULT_PARAMS, n: 0 }).n).toBe(1);
  });

  it("a custom size follows the model: kept on gpt-image-2, the nearest listed size elsewhere", () => {
    const wide = normalize({ ...DEFAULT_PARAMS, model: "gpt-image-2", size: "2048x1152" });
    expect(wide.size).toBe("2048x1152");
    expect(normalize({ ...wide, model: "gpt-image-1-mini" }).size).toBe("1536x1024");
    expect(normalize({ ...DEFAULT_PARAMS, model: "chatgpt-image-latest" }).model).toBe("gpt-image-1-mini");
  });

  it("restores saved parameters, and falls back to defaults when they no longer validate", () => {
    expect(restoreParams({ quality: "high", size: "1024x1536" })).toMatchObject({ quality: "high", size: "1024x1536" });
    expect(restoreParams({ quality: "standard" })).toEqual(DEFAULT_PARAMS);
    expect(restoreParams(null)).toEqual(DEFAULT_PARAMS);
    expect(restoreParams({ model: "gpt-image-2", size: "3840x2160" })).toMatchObject({ model: "gpt-image-2", size: "3840x2160" });
  });
});
