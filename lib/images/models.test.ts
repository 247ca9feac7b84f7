import { describe, expect, it } from "vitest";
import { DEFAULT_MODEL, getModel, isModelId, MODEL_IDS, MODELS } from "./models";

describe("model registry", () => {
  it("ships gpt-image-1-mini as the default and gpt-image-1.5", () => {
    expect(DEFAULT_MODEL).toBe("gpt-image-1-mini");
    expect(MODEL_IDS).toEqual(["gpt-image-1-mini", "gpt-image-1.5"]);
  });

  it("allows high input fidelity only on gpt-image-1.5", () => {
    expect(getModel("gpt-image-1-mini").inputFidelity).toEqual(["low"]);
    expect(getModel("gpt-image-1.5").inputFidelity).toEqual(["low", "high"]);
  });

  it("holds the published output token table", () => {
    const table = getModel("gpt-image-1-mini").outputTokens;
    expect(table.low["1024x1024"]).toBe(272);
    expect(table.medium["1024x1536"]).toBe(1584);
    expect(table.high["1536x1024"]).toBe(6208);
  });

  it("gives every model streaming with up to 3 partial images and 1..10 images", () => {
    for (const id of MODEL_IDS) {
      expect(MODELS[id].streaming).toBe(true);
      expect(MODELS[id].maxPartialImages).toBe(3);
      expect(MODELS[id].n).toEqual({ min: 1, max: 10 });
      expect(MODELS[id].sizes).toContain("auto");
    }
  });

  it("recognises only registered ids", () => {
    expect(isModelId("gpt-image-1.5")).toBe(true);
    expect(isModelId("dall-e-3")).toBe(false);
    expect(isModelId("toString")).toBe(false);
  });
});
