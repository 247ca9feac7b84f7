import { describe, expect, it } from "vitest";
import { getModel } from "@/lib/images/models";
import { conformToProvider, ENV_DEFAULT_CHOICE, limitsOf, narrowModel, providerProblems, type ProviderChoice } from "./limits";
import { PRESETS, wireCompression } from "./presets";

const modelverse: ProviderChoice = { id: "p1", name: "Modelverse", preset: "modelverse", models: [...PRESETS.modelverse.models], limits: limitsOf("modelverse") };
const comet: ProviderChoice = { id: "p2", name: "Comet", preset: "cometapi", models: [...PRESETS.cometapi.models], limits: limitsOf("cometapi") };
const ok = { model: "gpt-image-1" as const, size: "1024x1536" as const, output_format: "png" as const, n: 1 };

describe("preset limits", () => {
  it("Modelverse: n 1–10, three sizes defaulting to 1024x1536, PNG and JPEG only", () => {
    const m = narrowModel(getModel("gpt-image-1"), limitsOf("modelverse"));
    expect(m.n).toEqual({ min: 1, max: 10 });
    expect(m.sizes).toEqual(["1024x1024", "1536x1024", "1024x1536"]);
    expect(m.formats).toEqual(["png", "jpeg"]);
    expect(limitsOf("modelverse").defaultSize).toBe("1024x1536");
  });

  it("Modelverse refuses WebP, a size it does not make, 11 images and compressed PNG, each with a sentence", () => {
    expect(providerProblems(ok, modelverse)).toEqual([]);
    expect(providerProblems({ ...ok, output_format: "webp" }, modelverse)[0]?.message).toBe("Modelverse returns PNG or JPEG images only.");
    expect(providerProblems({ ...ok, size: "2048x1152" }, modelverse)[0]?.field).toBe("size");
    expect(providerProblems({ ...ok, n: 11 }, modelverse)[0]?.message).toBe("Modelverse makes 1 to 10 images per request.");
    expect(providerProblems({ ...ok, output_compression: 50 }, modelverse)[0]?.field).toBe("output_compression");
    expect(providerProblems({ ...ok, output_format: "jpeg", output_compression: 50 }, modelverse)).toEqual([]);
  });

  it("Modelverse's compression is sent inverted; OpenAI-style providers get the panel's value", () => {
    expect(wireCompression(100, limitsOf("modelverse"))).toBe(0);
    expect(wireCompression(30, limitsOf("modelverse"))).toBe(70);
    expect(wireCompression(30, limitsOf("cometapi"))).toBe(30);
  });

  it("CometAPI takes OpenAI's parameters for the models it serves", () => {
    expect(providerProblems({ ...ok, output_format: "webp", size: "auto", n: 10 }, comet)).toEqual([]);
    expect(providerProblems({ ...ok, model: "gpt-image-2" }, comet)[0]?.message).toMatch(/does not serve GPT Image 2/);
  });

  it("the environment's default narrows nothing", () => {
    expect(providerProblems({ ...ok, model: "gpt-image-2", size: "2048x1152", output_format: "webp", n: 10 }, ENV_DEFAULT_CHOICE)).toEqual([]);
  });

  it("every preset serves only models Fresco knows, and every relay preset tolerates the known answer shapes", () => {
    for (const preset of Object.values(PRESETS)) {
      for (const id of preset.models) expect(getModel(id)).toBeDefined();
      if (preset.id !== "openai") expect(preset.quirks).toEqual(expect.arrayContaining(["url-instead-of-b64", "data-prefix", "chat-style-usage", "missing-usage"]));
    }
  });

  it("the panel's parameters are repaired to fit: WebP to PNG, 12 images to 10, a wide size to the default", () => {
    const fitted = conformToProvider({ model: "gpt-image-2" as const, size: "2048x1152" as const, output_format: "webp" as const, n: 12, output_compression: 80 }, modelverse);
    expect(fitted).toEqual({ model: "gpt-image-1", size: "1024x1536", output_format: "png", n: 10 });
    expect(providerProblems(fitted, modelverse)).toEqual([]);
  });
});
