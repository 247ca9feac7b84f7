import { describe, expect, it } from "vitest";
import { customSizeProblem, isExperimental, nearestAllowedSize, parseSize } from "./custom-size";
import { GPT_IMAGE_2_SIZES as rule } from "./models";

const problem = (size: string) => customSizeProblem(parseSize(size)!, rule);

describe("gpt-image-2's custom sizes", () => {
  it("takes the sizes people use, up to 4K either way", () => {
    for (const size of ["1024x1024", "2048x1152", "1152x2048", "1536x864", "2048x2048", "3840x2160", "2160x3840", "3840x1280", "1024x640"]) {
      expect(problem(size), size).toBeNull();
    }
  });

  it("names each broken rule in a sentence", () => {
    expect(problem("1000x1000")).toBe("Both sides must be multiples of 16: 1000 is not.");
    expect(problem("1000x1030")).toBe("Both sides must be multiples of 16: 1000 and 1030 are not.");
    expect(problem("1024x1030")).toBe("Both sides must be multiples of 16: 1030 is not.");
    expect(problem("4096x1536")).toBe("Each side may be at most 3840 pixels: 4096 is more.");
    expect(problem("3072x1008")).toBe("The long side may be at most 3 times the short one: 3072×1008 is 3.05:1.");
    expect(problem("3840x2176")).toBe("At most 3840×2160 (8,294,400 pixels): 3840×2176 is 8,355,840.");
    expect(problem("2896x2896")).toBe("At most 3840×2160 (8,294,400 pixels): 2896×2896 is 8,386,816.");
    expect(problem("512x512")).toBe("At least 1024×640 (655,360 pixels): 512×512 is 262,144.");
  });

  it("calls sizes past 2560×1440 experimental", () => {
    expect(isExperimental({ width: 2560, height: 1440 }, rule)).toBe(false);
    expect(isExperimental({ width: 2048, height: 2048 }, rule)).toBe(true);
    expect(isExperimental({ width: 3840, height: 2160 }, rule)).toBe(true);
  });

  it("reads only WIDTHxHEIGHT in whole pixels", () => {
    expect(parseSize("2048x1152")).toEqual({ width: 2048, height: 1152 });
    for (const bad of ["auto", "2048", "2048x", "0x1024", "2048.5x1152", "2048 x 1152", "-16x16"]) expect(parseSize(bad), bad).toBeNull();
  });

  it("repairs a size to the nearest one the rule takes", () => {
    expect(nearestAllowedSize({ width: 1920, height: 1080 }, rule)).toEqual({ width: 1920, height: 1088 });
    expect(nearestAllowedSize({ width: 4096, height: 4096 }, rule)).toEqual({ width: 2880, height: 2880 });
    expect(nearestAllowedSize({ width: 512, height: 512 }, rule)).toEqual({ width: 816, height: 816 });
    expect(nearestAllowedSize({ width: 5000, height: 1000 }, rule)).toEqual({ width: 3840, height: 1280 });
    for (const [w, h] of [[1000, 1000], [17, 9000], [3841, 2161], [1, 1]]) {
      expect(customSizeProblem(nearestAllowedSize({ width: w!, height: h! }, rule), rule), `${w}x${h}`).toBeNull();
    }
  });
});
