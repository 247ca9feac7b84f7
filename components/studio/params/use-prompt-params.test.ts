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

  it("restores saved parameters, and falls back to defaults when they no longer validate", () => {
    expect(restoreParams({ quality: "high", size: "1024x1536" })).toMatchObject({ quality: "high", size: "1024x1536" });
    expect(restoreParams({ quality: "standard" })).toEqual(DEFAULT_PARAMS);
    expect(restoreParams(null)).toEqual(DEFAULT_PARAMS);
  });
});
