import { describe, expect, it } from "vitest";
import { DEFAULT_MODEL, getModel, isModelId, MODEL_IDS, MODELS, modelsFor, NEWEST_MODEL, outputTokensPerImage } from "./models";

describe("model registry", () => {
  it("lists the specification's models, gpt-image-1-mini the default and gpt-image-2 the newest", () => {
    expect(MODEL_IDS).toEqual([
      "gpt-image-1-mini",
      "gpt-image-1",
      "gpt-image-1.5",
      "gpt-image-2",
      "gpt-image-2-2026-04-21",
      "chatgpt-image-latest",
    ]);
    expect(DEFAULT_MODEL).toBe("gpt-image-1-mini");
    expect(NEWEST_MODEL).toBe("gpt-image-2");
  });

  it("offers chatgpt-image-latest for edits only", () => {
    expect(modelsFor("generate")).not.toContain("chatgpt-image-latest");
    expect(modelsFor("edit")).toContain("chatgpt-image-latest");
    expect(modelsFor("generate")).toContain("gpt-image-2-2026-04-21");
  });

  it("takes custom sizes on gpt-image-2 and its snapshot only", () => {
    const flexible = MODEL_IDS.filter((id) => MODELS[id].customSizes !== null);
    expect(flexible).toEqual(["gpt-image-2", "gpt-image-2-2026-04-21"]);
    expect(getModel("gpt-image-2").customSizes).toEqual({
      multipleOf: 16,
      maxSide: 3840,
      minPixels: 655_360,
      maxPixels: 8_294_400,
      maxAspect: 3,
      experimentalAbovePixels: 3_686_400,
    });
  });

  it("takes input fidelity as the contract says: mini only low, gpt-image-2 none, the others low or high", () => {
    expect(getModel("gpt-image-1-mini").inputFidelity).toEqual(["low"]);
    expect(getModel("gpt-image-2").inputFidelity).toEqual([]);
    expect(getModel("gpt-image-2-2026-04-21").inputFidelity).toEqual([]);
    for (const id of ["gpt-image-1", "gpt-image-1.5", "chatgpt-image-latest"] as const) {
      expect(getModel(id).inputFidelity).toEqual(["low", "high"]);
    }
  });

  it("offers a transparent background everywhere, in preview on gpt-image-2", () => {
    expect(getModel("gpt-image-2").transparency).toBe("preview");
    expect(getModel("gpt-image-1.5").transparency).toBe("supported");
    for (const id of MODEL_IDS) expect(MODELS[id].backgrounds).toContain("transparent");
  });

  it("holds the published output token table, and none for gpt-image-2 or a custom size", () => {
    expect(outputTokensPerImage("gpt-image-1-mini", "low", "1024x1024")).toBe(272);
    expect(outputTokensPerImage("gpt-image-1", "medium", "1024x1536")).toBe(1584);
    expect(outputTokensPerImage("gpt-image-1.5", "high", "1536x1024")).toBe(6208);
    expect(outputTokensPerImage("gpt-image-2", "low", "1024x1024")).toBeNull();
    expect(outputTokensPerImage("gpt-image-1.5", "low", "2048x1152")).toBeNull();
  });

  it("gives every model streaming with up to 3 partial images, 1..10 images and auto", () => {
    for (const id of MODEL_IDS) {
      expect(MODELS[id].streaming).toBe(true);
      expect(MODELS[id].maxPartialImages).toBe(3);
      expect(MODELS[id].n).toEqual({ min: 1, max: 10 });
      expect(MODELS[id].sizes).toEqual(["1024x1024", "1536x1024", "1024x1536", "auto"]);
    }
  });

  it("recognises only registered ids", () => {
    expect(isModelId("gpt-image-2")).toBe(true);
    expect(isModelId("dall-e-3")).toBe(false);
    expect(isModelId("toString")).toBe(false);
  });
});
