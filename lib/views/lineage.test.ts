// How a child of a generated image is named, from its request and its parent's.
import { describe, expect, it } from "vitest";
import { howMade } from "./lineage";

const parent = { kind: "generate" as "generate" | "edit", model: "gpt-image-1-mini", prompt: "a kite", quality: "low" };
const child = (change: Partial<typeof parent>) => ({ ...parent, parent, ...change });

describe("howMade", () => {
  it("names the same request again a variation, a new prompt a re-prompt, another model or quality a re-run", () => {
    expect(howMade(child({}), "low")).toBe("variation");
    expect(howMade(child({ prompt: "a kite at night" }), "low")).toBe("re-prompt");
    expect(howMade(child({ quality: "high" }), "high")).toBe("re-run on GPT Image 1 mini · high");
    expect(howMade(child({ kind: "edit" }), null)).toBe("edit");
  });

  it("names an enlargement by its way and size", () => {
    expect(howMade({ ...child({ kind: "edit", model: "gpt-image-2" }), enlarge: true, size: "2048x2048" }, "high")).toBe("enlarged on GPT Image 2 to 2048×2048");
    expect(howMade({ ...parent, kind: "local", model: "local", parent, size: "2880x2880" }, null)).toBe("enlarged locally to 2880×2880");
  });
});
