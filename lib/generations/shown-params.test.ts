import { describe, expect, it } from "vitest";
import { shownParam } from "./shown-params";

const used = { size: "1536x1024", quality: "medium", background: "opaque", format: "png" };

describe("a parameter as shown", () => {
  it("says what the provider used when it resolved auto, and the value alone when it used what was asked", () => {
    expect(shownParam("size", "auto", used)).toBe("1536x1024 (auto)");
    expect(shownParam("quality", "auto", used)).toBe("medium (auto)");
    expect(shownParam("output_format", "png", used)).toBe("png");
    expect(shownParam("size", "auto", null)).toBe("auto");
    expect(shownParam("n", 2, used)).toBe("2");
    expect(shownParam("stream", true, used)).toBe("yes");
  });
});
