import { describe, expect, it } from "vitest";
import { closestSize as emulatorClosestSize } from "@/lib/emulator/resolve";
import { pixelsOf, resolveSize } from "./resolve-auto";

describe("resolveSize", () => {
  it("picks the supported size closest to the first input image for an edit", () => {
    expect(resolveSize("auto", { width: 1920, height: 1080 })).toBe("1536x1024");
    expect(resolveSize("auto", { width: 600, height: 1000 })).toBe("1024x1536");
    expect(resolveSize("auto", { width: 1100, height: 1000 })).toBe("1024x1024");
    expect(resolveSize("1024x1536", { width: 1920, height: 1080 })).toBe("1024x1536");
  });

  it("measures closeness on log(aspect), like the emulator", () => {
    // 1.23 is nearer 1 than 1.5 as a ratio, but nearer 1.5 on a log scale.
    expect(resolveSize("auto", { width: 1230, height: 1000 })).toBe("1536x1024");
  });

  it("picks the supported size nearest in aspect (the size an edit's output frame takes)", () => {
    expect(pixelsOf(resolveSize("auto", { width: 4000, height: 3000 }))).toEqual({ width: 1536, height: 1024 });
    expect(pixelsOf(resolveSize("auto", { width: 900, height: 1000 }))).toEqual({ width: 1024, height: 1024 });
    expect(pixelsOf(resolveSize("auto", { width: 600, height: 1000 }))).toEqual({ width: 1024, height: 1536 });
  });

  it("agrees with the emulator's own resolver, kept apart as an oracle", () => {
    for (let w = 64; w <= 4096; w += 61) {
      for (const h of [100, 683, 1000, 1024, 1537, 3000]) {
        expect(resolveSize("auto", { width: w, height: h }), `${w}x${h}`).toBe(emulatorClosestSize(w, h));
      }
    }
  });
});
