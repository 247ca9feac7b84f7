import { afterEach, describe, expect, it, vi } from "vitest";
import { exportMaskPng } from "@/lib/canvas/export";
import { serializeMask } from "@/lib/canvas/mask-state";
import { maskReducer } from "@/lib/canvas/reducer";
import { blank, drag } from "@/lib/canvas/test-helpers";
import type { EditRestore } from "@/lib/views/working-state";
import { cacheEdit } from "./edit-state-cache";
import { maskSnapshot } from "./mask-snapshot";
import { startingEdit } from "./starting-edit";

const source = { imageId: "img1", width: 64, height: 48, name: "a harbour" };
const drawn = maskReducer(drag(blank(64, 48), { tool: "brush", size: 9, feather: 2 }, [[3, 3], [40, 30], [60, 10]]), {
  type: "load",
  coverage: Uint8ClampedArray.from({ length: 64 * 48 }, (_, i) => (i % 7 === 0 ? 255 : 0)),
});
const restore = (mask: EditRestore["mask"]): EditRestore => ({ references: [], prompt: "stormy", params: { quality: "medium" }, keepOutsideMask: false, mask });

afterEach(() => vi.unstubAllGlobals());

describe("the edit page's starting point", () => {
  it("a saved mask comes back as drawn, pixel for pixel, and as undoable steps", () => {
    const start = startingEdit({ cacheKey: "u:t", source, fromAddress: true, restore: restore(JSON.parse(JSON.stringify(maskSnapshot(drawn)))) });
    expect(start.mask.shapes.map((s) => s.tool)).toEqual(["brush", "bitmap"]);
    expect(Buffer.from(exportMaskPng(start.mask)).equals(Buffer.from(exportMaskPng(drawn)))).toBe(true);
    expect([start.prompt, start.params.quality, start.keepOutside]).toEqual(["stormy", "medium", false]);
    // New strokes take ids the restored ones do not have.
    const next = drag(start.mask, { tool: "brush", size: 4, feather: 0 }, [[1, 1], [5, 5]]);
    expect(new Set(next.shapes.map((s) => s.id)).size).toBe(3);
  });

  it("a saved mask of another size is scaled onto the base; one that no longer decodes leaves a clean mask", () => {
    const other = serializeMask(drag(blank(32, 24), { tool: "rect", size: 0, feather: 0 }, [[0, 0], [16, 12]]));
    const scaled = startingEdit({ cacheKey: "u:t", source, fromAddress: true, restore: restore(other) }).mask;
    expect([scaled.width, scaled.height, scaled.shapes.length]).toEqual([64, 48, 1]);
    const broken = { version: 1 as const, width: 64, height: 48, shapes: [{ tool: "bitmap" as const, png: "AAAA" }] };
    expect(startingEdit({ cacheKey: "u:t", source, fromAddress: true, restore: restore(broken) }).mask.shapes).toEqual([]);
  });

  it("after a remount the tab's own work wins, for the same person, team and base only", () => {
    vi.stubGlobal("window", {});
    const draft = { ...startingEdit({ cacheKey: "u:t", source, fromAddress: true, restore: null }), mask: drawn, prompt: "in the tab" };
    cacheEdit("u:t", draft);
    expect(startingEdit({ cacheKey: "u:t", source, fromAddress: true, restore: restore(null) }).prompt).toBe("in the tab");
    expect(startingEdit({ cacheKey: "u:t", source: null, fromAddress: false, restore: null }).prompt).toBe("in the tab");
    expect(startingEdit({ cacheKey: "u:other-team", source, fromAddress: true, restore: restore(null) }).prompt).toBe("stormy");
    const elsewhere = { ...source, imageId: "img2" };
    expect(startingEdit({ cacheKey: "u:t", source: elsewhere, fromAddress: true, restore: restore(null) }).prompt).toBe("stormy");
  });
});
