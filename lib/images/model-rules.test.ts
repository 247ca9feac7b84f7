import { describe, expect, it } from "vitest";
import { brokenRules, conform, type RuledParams } from "./model-rules";
import { BACKGROUNDS, IMAGE_SIZES, INPUT_FIDELITIES, MODEL_IDS, OUTPUT_FORMATS, QUALITIES } from "./models";
import { editParamsSchema } from "./schemas";

// Every combination a form could hold, including ones no model accepts.
function* combinations(): Generator<RuledParams> {
  for (const model of MODEL_IDS)
    for (const background of BACKGROUNDS)
      for (const output_format of OUTPUT_FORMATS)
        for (const output_compression of [undefined, 50])
          for (const input_fidelity of [undefined, ...INPUT_FIDELITIES])
            for (const [n, stream, partial_images] of [[0, false, 0], [4, true, 9], [40, false, 3]] as const)
              yield { model, size: IMAGE_SIZES[0], quality: QUALITIES[0], background, output_format, output_compression, input_fidelity, n, stream, partial_images };
}

describe("the model rules", () => {
  it("what the schema refuses, the form repairs: a repaired request breaks no rule and parses", () => {
    let repaired = 0;
    for (const params of combinations()) {
      if (brokenRules(params).length > 0) repaired++;
      const fixed = conform(params);
      expect(brokenRules(fixed), JSON.stringify(params)).toEqual([]);
      expect(editParamsSchema.safeParse({ ...fixed, prompt: "x" }).success, JSON.stringify(fixed)).toBe(true);
    }
    expect(repaired).toBeGreaterThan(0);
  });

  it("reports each broken rule on its field with a sentence", () => {
    const params: RuledParams = {
      model: "gpt-image-1-mini", size: "auto", quality: "auto", background: "transparent", output_format: "jpeg",
      n: 11, stream: false, partial_images: 0, input_fidelity: "high",
    };
    expect(brokenRules(params)).toEqual([
      { field: "n", message: "GPT Image 1 mini makes 1 to 10 images per request." },
      { field: "background", message: "A transparent background needs PNG or WebP output, because JPEG has no transparency." },
      { field: "input_fidelity", message: "GPT Image 1 mini supports only low input fidelity." },
    ]);
    expect(conform(params)).toMatchObject({ n: 10, output_format: "png" });
    expect(conform(params)).not.toHaveProperty("input_fidelity");
  });
});
