import { describe, expect, it } from "vitest";
import { editParamsSchema, generateParamsSchema } from "./schemas";

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => ({ path: i.path.join("."), message: i.message }));

describe("generateParamsSchema", () => {
  it("fills the contract's defaults", () => {
    expect(generateParamsSchema.parse({ prompt: "  a red fox  " })).toEqual({
      model: "gpt-image-1-mini",
      prompt: "a red fox",
      n: 1,
      size: "auto",
      quality: "auto",
      background: "auto",
      moderation: "auto",
      output_format: "png",
      stream: false,
      partial_images: 0,
    });
  });

  it("coerces form strings and treats blank fields as unset", () => {
    const parsed = generateParamsSchema.parse({
      prompt: "fox",
      n: "4",
      stream: "true",
      partial_images: "2",
      output_format: "jpeg",
      output_compression: "",
      user: "",
    });
    expect(parsed).toMatchObject({ n: 4, stream: true, partial_images: 2, output_compression: undefined, user: undefined });
    expect(generateParamsSchema.parse({ prompt: "fox", stream: "false" }).stream).toBe(false);
  });

  it("rejects an empty or whitespace-only prompt and one over 32000 characters", () => {
    expect(issuesOf(generateParamsSchema.safeParse({ prompt: "   " }))).toEqual([
      { path: "prompt", message: "Write a prompt describing the image." },
    ]);
    expect(generateParamsSchema.safeParse({ prompt: "x".repeat(32_000) }).success).toBe(true);
    expect(issuesOf(generateParamsSchema.safeParse({ prompt: "x".repeat(32_001) }))[0]?.path).toBe("prompt");
  });

  it("keeps n within 1..10 and whole", () => {
    expect(generateParamsSchema.safeParse({ prompt: "a", n: 0 }).success).toBe(false);
    expect(generateParamsSchema.safeParse({ prompt: "a", n: 11 }).success).toBe(false);
    expect(generateParamsSchema.safeParse({ prompt: "a", n: 2.5 }).success).toBe(false);
    expect(generateParamsSchema.parse({ prompt: "a", n: 10 }).n).toBe(10);
  });

  it("rejects DALL·E values and unknown models", () => {
    expect(issuesOf(generateParamsSchema.safeParse({ prompt: "a", quality: "standard" }))[0]?.path).toBe("quality");
    expect(issuesOf(generateParamsSchema.safeParse({ prompt: "a", size: "512x512" }))[0]?.path).toBe("size");
    expect(issuesOf(generateParamsSchema.safeParse({ prompt: "a", model: "dall-e-3" }))[0]?.path).toBe("model");
  });

  it("takes a custom WIDTHxHEIGHT on gpt-image-2, and names the broken rule on the size field", () => {
    expect(generateParamsSchema.parse({ prompt: "a", model: "gpt-image-2", size: "2048x1152" }).size).toBe("2048x1152");
    expect(generateParamsSchema.parse({ prompt: "a", model: "gpt-image-2-2026-04-21", size: "3840x2160" }).size).toBe("3840x2160");
    const sizeIssue = (size: string, model = "gpt-image-2") => issuesOf(generateParamsSchema.safeParse({ prompt: "a", model, size }));
    expect(sizeIssue("1000x1008")).toEqual([{ path: "size", message: "Both sides must be multiples of 16: 1000 is not." }]);
    expect(sizeIssue("4000x2000")).toEqual([{ path: "size", message: "Each side may be at most 3840 pixels: 4000 is more." }]);
    expect(sizeIssue("3520x1072")).toEqual([
      { path: "size", message: "The long side may be at most 3 times the short one: 3520×1072 is 3.28:1." },
    ]);
    expect(sizeIssue("3200x2880")).toEqual([
      { path: "size", message: "At most 3840×2160 (8,294,400 pixels): 3200×2880 is 9,216,000." },
    ]);
    expect(sizeIssue("768x768")).toEqual([{ path: "size", message: "At least 1024×640 (655,360 pixels): 768×768 is 589,824." }]);
    expect(sizeIssue("big")).toEqual([{ path: "size", message: "Write the size as WIDTHxHEIGHT in pixels, for example 2048x1152." }]);
    expect(sizeIssue("2048x1152", "gpt-image-1-mini")).toEqual([
      { path: "size", message: "GPT Image 1 mini makes 1024x1024, 1536x1024 and 1024x1536 images (or auto); GPT Image 2 takes other sizes." },
    ]);
  });

  it("refuses chatgpt-image-latest, which only edits", () => {
    expect(issuesOf(generateParamsSchema.safeParse({ prompt: "a", model: "chatgpt-image-latest" }))).toEqual([
      { path: "model", message: "ChatGPT Image (latest) only edits images; choose another model to generate." },
    ]);
    expect(editParamsSchema.safeParse({ prompt: "a", model: "chatgpt-image-latest" }).success).toBe(true);
  });

  it("refuses a transparent background with JPEG, on the background field", () => {
    const issues = issuesOf(generateParamsSchema.safeParse({ prompt: "a", background: "transparent", output_format: "jpeg" }));
    expect(issues).toEqual([
      { path: "background", message: "A transparent background needs PNG or WebP output, because JPEG has no transparency." },
    ]);
    expect(generateParamsSchema.safeParse({ prompt: "a", background: "transparent", output_format: "webp" }).success).toBe(true);
    expect(generateParamsSchema.safeParse({ prompt: "a", background: "transparent", output_format: "png" }).success).toBe(true);
  });

  it("accepts compression only for JPEG and WebP, from 0 to 100", () => {
    expect(generateParamsSchema.parse({ prompt: "a", output_format: "webp", output_compression: "80" }).output_compression).toBe(80);
    expect(issuesOf(generateParamsSchema.safeParse({ prompt: "a", output_compression: 80 }))[0]?.path).toBe("output_compression");
    expect(generateParamsSchema.safeParse({ prompt: "a", output_format: "jpeg", output_compression: 101 }).success).toBe(false);
  });

  it("caps partial images at the model's maximum", () => {
    expect(generateParamsSchema.safeParse({ prompt: "a", stream: true, partial_images: 4 }).success).toBe(false);
    expect(generateParamsSchema.parse({ prompt: "a", stream: true, partial_images: 3 }).partial_images).toBe(3);
  });

  it("parses its own output again unchanged, as the job runner re-reads stored params", () => {
    const once = generateParamsSchema.parse({ prompt: " fox ", n: "2", output_format: "jpeg", output_compression: 50 });
    expect(generateParamsSchema.parse(JSON.parse(JSON.stringify(once)))).toEqual(once);
  });
});

describe("editParamsSchema", () => {
  it("has no moderation field and leaves input_fidelity unset by default", () => {
    const parsed = editParamsSchema.parse({ prompt: "add a hat" });
    expect(parsed).not.toHaveProperty("moderation");
    expect(parsed.input_fidelity).toBeUndefined();
  });

  it("allows high input fidelity except on mini, and none at all on gpt-image-2", () => {
    expect(editParamsSchema.parse({ prompt: "a", model: "gpt-image-1.5", input_fidelity: "high" }).input_fidelity).toBe("high");
    expect(editParamsSchema.parse({ prompt: "a", model: "gpt-image-1", input_fidelity: "high" }).input_fidelity).toBe("high");
    expect(issuesOf(editParamsSchema.safeParse({ prompt: "a", model: "gpt-image-2", input_fidelity: "low" }))).toEqual([
      { path: "input_fidelity", message: "GPT Image 2 takes no input fidelity: it reads every input image at high fidelity." },
    ]);
    expect(issuesOf(editParamsSchema.safeParse({ prompt: "a", input_fidelity: "high" }))).toEqual([
      { path: "input_fidelity", message: "GPT Image 1 mini supports only low input fidelity." },
    ]);
  });

  it("applies the same cross-field checks as generations", () => {
    const issues = issuesOf(editParamsSchema.safeParse({ prompt: "a", background: "transparent", output_format: "jpeg" }));
    expect(issues.map((i) => i.path)).toEqual(["background"]);
  });
});
