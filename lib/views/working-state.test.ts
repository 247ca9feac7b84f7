import { describe, expect, it } from "vitest";
import { serializeMask } from "@/lib/canvas/mask-state";
import { maskReducer } from "@/lib/canvas/reducer";
import { blank, drag } from "@/lib/canvas/test-helpers";
import { parseWorkingState, parseWorkingStateSave, type WorkingState } from "./working-state";

const mask = serializeMask(
  maskReducer(drag(blank(64, 48), { tool: "brush", size: 6, feather: 2 }, [[4, 4], [30, 20], [60, 40]]), { type: "invert" }),
);

const full: WorkingState = {
  version: 1,
  generate: { prompt: "a lighthouse at dusk", params: { model: "gpt-image-1", size: "1024x1024", n: 2, stream: true, background: null }, selectedImageId: "img_1" },
  edit: {
    baseImageId: "img_2",
    referenceImageIds: ["img_3", "img_4"],
    prompt: "make the sky stormy",
    params: { model: "gpt-image-1", quality: "low" },
    options: { keepOutsideMask: false },
    mask,
  },
};

describe("the working state", () => {
  it("comes back as it was saved, through JSON, mask and all", () => {
    const stored = JSON.parse(JSON.stringify(parseWorkingStateSave(full))) as unknown;
    expect(parseWorkingState(stored)).toEqual(full);
  });

  it("reads an older or unknown shape as nothing saved, never throwing", () => {
    for (const old of [null, undefined, "x", 3, [], {}, { version: 0, prompt: "a" }, { version: 2, generate: full.generate }, { version: 1 }]) {
      expect(parseWorkingState(old)).toBeNull();
    }
  });

  it("keeps the part that still fits when the other does not", () => {
    const read = parseWorkingState({ ...full, edit: { ...full.edit, mask: { version: 9 } } });
    expect(read).toEqual({ version: 1, generate: full.generate });
  });

  it("refuses a prompt over the limit with a sentence naming it", () => {
    expect(() => parseWorkingStateSave({ version: 1, generate: { ...full.generate, prompt: "x".repeat(32_001) } })).toThrow(
      /The work could not be saved: The prompt is too long: keep it under 32,000 characters. \(at generate.prompt\)/,
    );
  });

  it("refuses hostile bodies with a sentence: foreign fields, odd ids, too many references, a mask past its bounds", () => {
    const cases: [unknown, RegExp][] = [
      [{ ...full, extra: 1 }, /could not be saved/],
      [{ ...full, version: 7 }, /older Fresco: reload it/],
      [{ version: 1, edit: { ...full.edit, baseImageId: "../../etc" } }, /An image id is letters/],
      [{ version: 1, edit: { ...full.edit, referenceImageIds: Array.from({ length: 16 }, (_, i) => `i${i}`) } }, /at most 15 references/],
      [{ version: 1, edit: { ...full.edit, mask: { ...mask, shapes: Array.from({ length: 1001 }, () => ({ tool: "fill" })) } } }, /at most 1000 shapes/],
      [{ version: 1, generate: { ...full.generate, params: { model: { nested: true } } } }, /could not be saved/],
    ];
    for (const [body, message] of cases) expect(() => parseWorkingStateSave(body)).toThrow(message);
  });
});
