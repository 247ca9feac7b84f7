import { describe, expect, it } from "vitest";
import { generationCurl } from "./curl";
import { generateParamsSchema } from "./schemas";

describe("copy as curl", () => {
  it("shows the exact JSON body, the base URL, and never a key", () => {
    const params = generateParamsSchema.parse({ prompt: "a fox's den", size: "1536x1024", quality: "low", n: 2 });
    const curl = generationCurl(params, "https://api.cometapi.com/v1/");
    expect(curl).toContain("curl 'https://api.cometapi.com/v1/images/generations'");
    expect(curl).toContain('Bearer $OPENAI_API_KEY');
    const body = JSON.parse(curl.slice(curl.indexOf("-d '") + 4, -1).replace(/'\\''/g, "'"));
    expect(body).toEqual({
      model: "gpt-image-1-mini",
      prompt: "a fox's den",
      n: 2,
      size: "1536x1024",
      quality: "low",
      background: "auto",
      output_format: "png",
      moderation: "auto",
      stream: false,
    });
    expect(body).not.toHaveProperty("response_format");
  });

  it("for a streamed request of n images, shows the single-image call Fresco repeats n times", () => {
    const params = generateParamsSchema.parse({ prompt: "x", n: 3, stream: true, partial_images: 2 });
    const curl = generationCurl(params, "https://api.openai.com/v1");
    expect(curl.split("\n")[0]).toBe("# Streaming returns one image per call: Fresco sends this request 3 times.");
    expect(curl).toContain('"n": 1');
    expect(curl).toContain('"partial_images": 2');
    expect(curl).toContain("  -N \\");
  });
});
