import { describe, expect, it } from "vitest";
import { providerResponseSchema, streamEventSchema } from "./response-schema";
import { normalizeUsage, sumUsage } from "./usage";

const openAiUsage = {
  input_tokens: 8,
  input_tokens_details: { text_tokens: 8, image_tokens: 0 },
  output_tokens: 272,
  total_tokens: 280,
};

describe("providerResponseSchema", () => {
  it("reads OpenAI's response with its resolved echo and usage", () => {
    const parsed = providerResponseSchema.parse({
      created: 1748484857,
      background: "opaque",
      output_format: "png",
      quality: "low",
      size: "1024x1024",
      data: [{ b64_json: "iVBORw0KGgo=" }],
      usage: openAiUsage,
      some_future_field: { nested: true },
    });
    expect(parsed).toEqual({
      images: [{ kind: "b64", base64: "iVBORw0KGgo=" }],
      usage: { textTokensIn: 8, imageTokensIn: 0, imageTokensOut: 272, textTokensOut: 0, totalTokens: 280 },
      resolved: { size: "1024x1024", quality: "low", background: "opaque", outputFormat: "png" },
    });
  });

  it("accepts a url instead of b64_json and strips a data: prefix and line breaks", () => {
    const parsed = providerResponseSchema.parse({
      data: [{ url: "https://relay.example/img/1" }, { b64_json: "data:image/png;base64,iVBO\nRw0K" }],
    });
    expect(parsed.images).toEqual([
      { kind: "url", url: "https://relay.example/img/1" },
      { kind: "b64", base64: "iVBORw0K" },
    ]);
  });

  it("treats missing, empty and chat-style usage as unknown, never as zero", () => {
    const data = [{ b64_json: "AAAA" }];
    expect(providerResponseSchema.parse({ data }).usage).toBeNull();
    expect(providerResponseSchema.parse({ data, usage: {} }).usage).toBeNull();
    expect(providerResponseSchema.parse({ data, usage: { prompt_tokens: 8, completion_tokens: 272, total_tokens: 280 } }).usage).toBeNull();
  });

  it("ignores echoed values it does not know instead of failing", () => {
    const parsed = providerResponseSchema.parse({ data: [{ b64_json: "AAAA" }], quality: "hd", size: "auto", background: 3 });
    expect(parsed.resolved).toEqual({ size: undefined, quality: undefined, background: undefined, outputFormat: undefined });
  });

  it("fails on a response without images or with an empty image entry", () => {
    expect(providerResponseSchema.safeParse({ data: [] }).success).toBe(false);
    expect(providerResponseSchema.safeParse({ data: [{ b64_json: "", url: null }] }).success).toBe(false);
    expect(providerResponseSchema.safeParse({ error: { message: "x" } }).success).toBe(false);
  });
});

describe("streamEventSchema", () => {
  it("tells partial and completed events apart for both endpoints", () => {
    expect(
      streamEventSchema.parse({ type: "image_edit.partial_image", b64_json: "AAAA", partial_image_index: 2, output_format: "webp" }),
    ).toEqual({ kind: "partial", base64: "AAAA", partialIndex: 2, outputFormat: "webp" });
    const done = streamEventSchema.parse({ type: "image_generation.completed", b64_json: "AAAA", size: "1536x1024", quality: "high", usage: openAiUsage });
    expect(done).toMatchObject({ kind: "completed", usage: { imageTokensOut: 272 }, resolved: { size: "1536x1024", quality: "high" } });
    expect(streamEventSchema.parse({ type: "keepalive" })).toEqual({ kind: "other" });
  });

  it("accepts a url on the completed event and skips a partial without bytes", () => {
    expect(streamEventSchema.parse({ type: "image_generation.completed", url: "http://relay/f/1" })).toMatchObject({
      kind: "completed",
      source: { kind: "url", url: "http://relay/f/1" },
      usage: null,
    });
    expect(streamEventSchema.parse({ type: "image_generation.partial_image", partial_image_index: 0 })).toEqual({ kind: "other" });
    expect(streamEventSchema.safeParse({ type: "image_generation.completed" }).success).toBe(false);
  });
});

describe("normalizeUsage", () => {
  it("splits input tokens into text and image tokens", () => {
    expect(
      normalizeUsage({ input_tokens: 202, input_tokens_details: { text_tokens: 8, image_tokens: 194 }, output_tokens: 1056, total_tokens: 1258 }),
    ).toEqual({ textTokensIn: 8, imageTokensIn: 194, imageTokensOut: 1056, textTokensOut: 0, totalTokens: 1258 });
  });

  it("splits output tokens into image and text tokens by output_tokens_details", () => {
    const usage = { input_tokens: 8, output_tokens: 1100, total_tokens: 1108, output_tokens_details: { image_tokens: 1056, text_tokens: 44 } };
    expect(normalizeUsage(usage)).toEqual({ textTokensIn: 8, imageTokensIn: 0, imageTokensOut: 1056, textTokensOut: 44, totalTokens: 1108 });
    // One half given: the other is the rest.
    expect(normalizeUsage({ ...usage, output_tokens_details: { image_tokens: 1000 } })).toMatchObject({ imageTokensOut: 1000, textTokensOut: 100 });
    expect(normalizeUsage({ ...usage, output_tokens_details: { text_tokens: 0 } })).toMatchObject({ imageTokensOut: 1100, textTokensOut: 0 });
  });

  it("is unknown when a split does not add up to its total", () => {
    const usage = { input_tokens: 8, output_tokens: 1100, output_tokens_details: { image_tokens: 1056, text_tokens: 100 } };
    expect(normalizeUsage(usage)).toBeNull();
    expect(normalizeUsage({ input_tokens: 8, output_tokens: 272, input_tokens_details: { text_tokens: 9, image_tokens: 0 } })).toBeNull();
  });

  it("counts input as text when the split is missing, and derives the total", () => {
    expect(normalizeUsage({ input_tokens: 12, output_tokens: 272 })).toEqual({ textTokensIn: 12, imageTokensIn: 0, imageTokensOut: 272, textTokensOut: 0, totalTokens: 284 });
  });

  it("rejects placeholder zeros and non-numbers", () => {
    expect(normalizeUsage({ input_tokens: 0, output_tokens: 0, total_tokens: 0 })).toBeNull();
    expect(normalizeUsage({ input_tokens: "8", output_tokens: 272 })).toBeNull();
    expect(normalizeUsage([1, 2])).toBeNull();
  });

  it("sums the usages of split streamed calls, unknown if any part is unknown", () => {
    const one = { textTokensIn: 2, imageTokensIn: 0, imageTokensOut: 272, textTokensOut: 3, totalTokens: 277 };
    expect(sumUsage([one, one])).toEqual({ textTokensIn: 4, imageTokensIn: 0, imageTokensOut: 544, textTokensOut: 6, totalTokens: 554 });
    expect(sumUsage([one, null])).toBeNull();
  });
});
