import { describe, expect, it } from "vitest";
import { enlargedSize, enlargeProblem, ENLARGE_MODELS, highestFidelity } from "./enlarge-size";

const square = { width: 1024, height: 1024 };
const landscape = { width: 1536, height: 1024 };
const portrait = { width: 1024, height: 1536 };
const gpt2 = { method: "model", model: "gpt-image-2" } as const;
const local = { method: "local" } as const;

describe("the size an enlargement comes out", () => {
  it("doubles each side at 2×, keeping the aspect", () => {
    expect(enlargedSize(square, { by: "scale", factor: 2 })).toEqual({ width: 2048, height: 2048 });
    expect(enlargedSize(landscape, { by: "scale", factor: 2 })).toEqual({ width: 3072, height: 2048 });
    expect(enlargedSize(portrait, { by: "scale", factor: 2 })).toEqual({ width: 2048, height: 3072 });
  });

  it("fills a 4K frame's pixels with the image's own shape, never past them", () => {
    expect(enlargedSize(square, { by: "4k" })).toEqual({ width: 2880, height: 2880 });
    expect(enlargedSize({ width: 1536, height: 864 }, { by: "4k" })).toEqual({ width: 3840, height: 2160 });
    const l = enlargedSize(landscape, { by: "4k" });
    expect(l).toEqual({ width: 3520, height: 2336 });
    expect(l.width * l.height).toBeLessThanOrEqual(3840 * 2160);
  });

  it("follows a typed width with the height the aspect gives", () => {
    expect(enlargedSize(landscape, { by: "width", width: 2400 })).toEqual({ width: 2400, height: 1600 });
    expect(enlargedSize(portrait, { by: "width", width: 2000 })).toEqual({ width: 2000, height: 3008 });
  });

  it("rounds every side to a multiple of 16, off the aspect by at most half a step", () => {
    for (const source of [square, landscape, portrait, { width: 1000, height: 700 }, { width: 1217, height: 833 }]) {
      for (const target of [{ by: "scale", factor: 2 }, { by: "scale", factor: 1.5 }, { by: "4k" }, { by: "width", width: 2501 }] as const) {
        const size = enlargedSize(source, target);
        expect(size.width % 16, JSON.stringify({ source, target })).toBe(0);
        expect(size.height % 16).toBe(0);
        expect(Math.abs(size.height - (size.width * source.height) / source.width)).toBeLessThanOrEqual(16);
      }
    }
  });
});

describe("the limits of each way", () => {
  it("lets GPT Image 2 make up to 3840×2160 in pixels", () => {
    expect(enlargeProblem(square, { width: 2048, height: 2048 }, gpt2)).toBeNull();
    expect(enlargeProblem(square, { width: 2880, height: 2880 }, gpt2)).toBeNull();
    expect(enlargeProblem({ width: 1536, height: 864 }, { width: 3840, height: 2160 }, gpt2)).toBeNull();
  });

  it("refuses past the model's limit with a sentence that names it and the way out", () => {
    expect(enlargeProblem(square, { width: 4096, height: 4096 }, gpt2)).toBe(
      "GPT Image 2: Each side may be at most 3840 pixels: 4096 is more. Choose a smaller size, or enlarge locally.",
    );
    expect(enlargeProblem(square, { width: 2896, height: 2896 }, gpt2)).toBe(
      "GPT Image 2: At most 3840×2160 (8,294,400 pixels): 2896×2896 is 8,386,816. Choose a smaller size, or enlarge locally.",
    );
  });

  it("refuses a model that takes only the listed sizes", () => {
    expect(enlargeProblem(square, { width: 2048, height: 2048 }, { method: "model", model: "gpt-image-1.5" })).toMatch(/^GPT Image 1\.5 makes only .* enlarge with GPT Image 2, or locally\.$/);
  });

  it("enlarges locally past the model's limit, up to 8K", () => {
    expect(enlargeProblem(square, { width: 4096, height: 4096 }, local)).toBeNull();
    expect(enlargeProblem({ width: 3840, height: 2160 }, { width: 7680, height: 4320 }, local)).toBeNull();
    expect(enlargeProblem(square, { width: 7696, height: 7696 }, local)).toBe(
      "Fresco enlarges locally up to 7680 pixels a side and 33,177,600 pixels (8K): 7696×7696 is more.",
    );
  });

  it("refuses a size that is not larger, either way", () => {
    const sentence = "1024×1024 is not larger than the image (1024×1024): choose a larger size.";
    expect(enlargeProblem(square, enlargedSize(square, { by: "scale", factor: 1 }), local)).toBe(sentence);
    expect(enlargeProblem(square, { width: 1024, height: 1024 }, gpt2)).toBe(sentence);
    expect(enlargeProblem({ width: 3840, height: 2160 }, enlargedSize({ width: 3840, height: 2160 }, { by: "4k" }), gpt2)).toMatch(/is not larger/);
  });

  it("offers the models that edit at large sizes, at the highest fidelity they take", () => {
    expect(ENLARGE_MODELS).toEqual(["gpt-image-2", "gpt-image-2-2026-04-21"]);
    expect(highestFidelity("gpt-image-2")).toBeUndefined();
    expect(highestFidelity("gpt-image-1.5")).toBe("high");
    expect(highestFidelity("gpt-image-1-mini")).toBe("low");
  });
});
