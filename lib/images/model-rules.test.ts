import { describe, expect, it } from "vitest";
import { brokenRules, conform, type RuledParams } from "./model-rules";
import { BACKGROUNDS, INPUT_FIDELITIES, MODEL_IDS, OUTPUT_FORMATS, QUALITIES, type ImageSize } from "./models";
import { editParamsSchema, generateParamsSchema } from "./schemas";

const SIZES: ImageSize[] = ["auto", "1536x1024", "2048x1152", "1000x1000", "3840x2400", "512x512"];

// Every combination a form could hold, including ones no model accepts.
function* combinations(): Generator<RuledParams> {
  for (const model of MODEL_IDS)
    for (const size of SIZES)
      for (const background of BACKGROUNDS)
        for (const output_format of OUTPUT_FORMATS)
          for (const output_compression of [undefined, 50])
            for (const input_fidelity of [undefined, ...INPUT_FIDELITIES])
              for (const [n, stream, partial_images] of [[0, false, 0], [4, true, 9], [40, false, 3]] as const)
                yield { model, size, quality: QUALITIES[0], background, output_format, output_compression, input_fidelity, n, stream, partial_images };
}

const base: RuledParams = {
  model: "gpt-image-1-mini", size: "auto", quality: "auto", background: "auto", output_format: "png", n: 1, stream: false, partial_images: 0,
};

describe("the model rules", () => {
  it("what the schema refuses, the form repairs: a repaired request breaks no rule and parses", () => {
    let repaired = 0;
    for (const params of combinations()) {
      if (brokenRules(params, "edit").length > 0) repaired++;
      const fixed = conform(params, "edit");
      expect(brokenRules(fixed, "edit"), JSON.stringify(params)).toEqual([]);
      expect(editParamsSchema.safeParse({ ...fixed, prompt: "x" }).success, JSON.stringify(fixed)).toBe(true);
      const { input_fidelity, ...generation } = params;
      void input_fidelity;
      expect(generateParamsSchema.safeParse({ ...conform(generation, "generate"), prompt: "x" }).success, JSON.stringify(params)).toBe(true);
    }
    expect(repaired).toBeGreaterThan(0);
  });

  it("reports each broken rule on its field with a sentence", () => {
    const params: RuledParams = { ...base, background: "transparent", output_format: "jpeg", n: 11, input_fidelity: "high" };
    expect(brokenRules(params, "edit")).toEqual([
      { field: "n", message: "GPT Image 1 mini makes 1 to 10 images per request." },
      { field: "background", message: "A transparent background needs PNG or WebP output, because JPEG has no transparency." },
      { field: "input_fidelity", message: "GPT Image 1 mini supports only low input fidelity." },
    ]);
    expect(conform(params, "edit")).toMatchObject({ n: 10, output_format: "png" });
    expect(conform(params, "edit")).not.toHaveProperty("input_fidelity");
  });

  it("keeps custom sizes to gpt-image-2, and repairs them to the nearest listed size elsewhere", () => {
    expect(brokenRules({ ...base, model: "gpt-image-2", size: "2048x1152" }, "generate")).toEqual([]);
    expect(brokenRules({ ...base, model: "gpt-image-1.5", size: "2048x1152" }, "generate")).toEqual([
      { field: "size", message: "GPT Image 1.5 makes 1024x1024, 1536x1024 and 1024x1536 images (or auto); GPT Image 2 takes other sizes." },
    ]);
    expect(conform({ ...base, model: "gpt-image-1.5", size: "2048x1152" }, "generate").size).toBe("1536x1024");
    expect(conform({ ...base, size: "1152x2048" }, "generate").size).toBe("1024x1536");
  });

  it("judges gpt-image-2's sizes by its rule, and repairs to the nearest allowed size", () => {
    expect(brokenRules({ ...base, model: "gpt-image-2", size: "1000x1000" }, "generate")).toEqual([
      { field: "size", message: "Both sides must be multiples of 16: 1000 is not." },
    ]);
    expect(conform({ ...base, model: "gpt-image-2", size: "1920x1080" }, "generate").size).toBe("1920x1088");
  });

  it("offers chatgpt-image-latest for edits only, and falls back to the default model for a generation", () => {
    expect(brokenRules({ ...base, model: "chatgpt-image-latest" }, "edit")).toEqual([]);
    expect(brokenRules({ ...base, model: "chatgpt-image-latest" }, "generate")).toEqual([
      { field: "model", message: "ChatGPT Image (latest) only edits images; choose another model to generate." },
    ]);
    expect(conform({ ...base, model: "chatgpt-image-latest" }, "generate").model).toBe("gpt-image-1-mini");
  });

  it("never sends input fidelity to gpt-image-2, which takes none", () => {
    expect(brokenRules({ ...base, model: "gpt-image-2", input_fidelity: "low" }, "edit")).toEqual([
      { field: "input_fidelity", message: "GPT Image 2 takes no input fidelity: it reads every input image at high fidelity." },
    ]);
    expect(conform({ ...base, model: "gpt-image-2", input_fidelity: "high" }, "edit")).not.toHaveProperty("input_fidelity");
  });
});
