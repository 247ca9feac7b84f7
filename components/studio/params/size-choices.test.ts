import { describe, expect, it } from "vitest";
import { getModel } from "@/lib/images/models";
import { choiceFor, describeSize, isExperimentalSize, judgeDraft, sizeChoices } from "./size-choices";

const gpt2 = getModel("gpt-image-2");
const mini = getModel("gpt-image-1-mini");

describe("the size picker's choices", () => {
  it("offers the listed sizes and auto on models without custom sizes", () => {
    expect(sizeChoices(mini).map((c) => [c.label, c.value])).toEqual([
      ["Square", "1024x1024"],
      ["Landscape", "1536x1024"],
      ["Portrait", "1024x1536"],
      ["Auto", "auto"],
    ]);
  });

  it("adds 16:9, 9:16, 4K (experimental) and a custom size on gpt-image-2", () => {
    expect(sizeChoices(gpt2).map((c) => [c.label, c.value, c.experimental])).toEqual([
      ["Square", "1024x1024", false],
      ["Landscape", "1536x1024", false],
      ["Portrait", "1024x1536", false],
      ["Auto", "auto", false],
      ["16:9", "2048x1152", false],
      ["9:16", "1152x2048", false],
      ["4K", "3840x2160", true],
      ["Custom", "custom", false],
    ]);
  });

  it("shows a size that is no preset as custom", () => {
    const choices = sizeChoices(gpt2);
    expect(choiceFor(choices, "2048x1152")).toBe("2048x1152");
    expect(choiceFor(choices, "auto")).toBe("auto");
    expect(choiceFor(choices, "1920x1088")).toBe("custom");
  });

  it("judges a typed width and height as the person types, with the broken rule's sentence", () => {
    expect(judgeDraft("2048", "1152", gpt2)).toEqual({ size: "2048x1152", experimental: false });
    expect(judgeDraft("3200", "1792", gpt2)).toEqual({ size: "3200x1792", experimental: true });
    expect(judgeDraft("1000", "1008", gpt2).error).toBe("Both sides must be multiples of 16: 1000 is not.");
    expect(judgeDraft("3840", "1024", gpt2).error).toBe("The long side may be at most 3 times the short one: 3840×1024 is 3.75:1.");
    expect(judgeDraft("3840", "2400", gpt2).error).toBe("At most 3840×2160 (8,294,400 pixels): 3840×2400 is 9,216,000.");
    expect(judgeDraft("", "1024", gpt2).error).toBe("Enter a width and a height in pixels.");
    expect(judgeDraft("1e3", "1024", gpt2).error).toBe("Sides are whole pixels, above 0.");
    expect(judgeDraft("2048", "1152", mini).size).toBeUndefined();
  });

  it("captions the size in pixels and megapixels, and marks what is experimental", () => {
    expect(describeSize("2048x1152")).toBe("2048 × 1152 · 2.4 MP");
    expect(describeSize("auto")).toBe("Chosen by the model");
    expect(isExperimentalSize(gpt2, "3840x2160")).toBe(true);
    expect(isExperimentalSize(gpt2, "2560x1440")).toBe(false);
    expect(isExperimentalSize(mini, "1536x1024")).toBe(false);
  });
});
