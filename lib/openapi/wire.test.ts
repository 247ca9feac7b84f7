import { describe, expect, it } from "vitest";
import { mismatches } from "./spec";
import { checkRequest, checkResponse } from "./wire";

const usage = {
  input_tokens: 4,
  input_tokens_details: { text_tokens: 4, image_tokens: 0 },
  output_tokens: 272,
  output_tokens_details: { image_tokens: 272, text_tokens: 0 },
  total_tokens: 276,
};
const good = { created: 1767225600, data: [{ b64_json: "iVBORw0KGgo=" }], background: "opaque", output_format: "png", size: "1024x1024", quality: "low", usage };

async function form(fields: Record<string, string | Blob | Blob[]>): Promise<[string, Buffer]> {
  const fd = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (Array.isArray(value)) for (const item of value) fd.append(`${name}[]`, item, "in.png");
    else if (value instanceof Blob) fd.append(name, value, "in.png");
    else fd.append(name, value);
  }
  const res = new Response(fd);
  return [res.headers.get("content-type")!, Buffer.from(await res.arrayBuffer())];
}
const png = () => new Blob([Buffer.from("89504e47", "hex")], { type: "image/png" });

describe("the specification's schemas, strictly", () => {
  it("passes an ImagesResponse as the specification describes it", () => {
    expect(mismatches("ImagesResponse", good)).toEqual([]);
  });

  it("fails a field the specification does not define, anywhere in the body", () => {
    expect(mismatches("ImagesResponse", { ...good, seed: 7 })).toEqual(["ImagesResponse /seed: not defined by the specification"]);
    const nested = { ...good, usage: { ...usage, output_tokens_details: { image_tokens: 272, text_tokens: 0, audio_tokens: 0 } } };
    expect(mismatches("ImagesResponse", nested)).toEqual(["ImagesResponse /usage/output_tokens_details/audio_tokens: not defined by the specification"]);
  });

  it("fails a wrong enum value and a wrong type, saying what was allowed", () => {
    expect(mismatches("ImagesResponse", { ...good, quality: "ultra", created: "1767225600" })).toEqual([
      'ImagesResponse /created: "1767225600" is not of type integer',
      'ImagesResponse /quality: "ultra" is not one of low, medium, high',
    ]);
  });

  it("fails a missing required field", () => {
    const details = { image_tokens: 272 };
    expect(mismatches("ImagesResponse", { ...good, usage: { ...usage, output_tokens_details: details } })).toEqual([
      'ImagesResponse /usage/output_tokens_details: missing required field "text_tokens"',
    ]);
  });

  it("takes null where the specification says nullable, and only there", () => {
    expect(mismatches("CreateImageRequest", { prompt: "a fox", quality: null, partial_images: null })).toEqual([]);
    expect(mismatches("CreateImageRequest", { prompt: null })).toEqual(["CreateImageRequest /prompt: null is not of type string"]);
  });
});

describe("requests on the wire", () => {
  it("checks a JSON generation body, without coercing its values", async () => {
    const body = (v: object) => Buffer.from(JSON.stringify(v));
    expect(await checkRequest("POST", "/v1/images/generations", "application/json", body({ model: "gpt-image-1-mini", prompt: "a fox", n: 1, stream: false }))).toEqual([]);
    expect(await checkRequest("POST", "/v1/images/generations", "application/json", body({ prompt: "a fox", n: "1", seed: 3 }))).toEqual([
      "CreateImageRequest /seed: not defined by the specification",
      'CreateImageRequest /n: "1" is not of type integer',
    ]);
  });

  it("decodes a multipart edit: text fields coerced to the schema's types, files as files, image[] as a list", async () => {
    const [type, bytes] = await form({ model: "gpt-image-1-mini", prompt: "brass", image: [png(), png()], mask: png(), n: "1", stream: "true", partial_images: "2" });
    expect(await checkRequest("POST", "/v1/images/edits", type, bytes)).toEqual([]);
  });

  it("fails a multipart field the specification does not define, a file where text belongs and text where a file belongs", async () => {
    const [type, bytes] = await form({ prompt: png(), image: "not a file", seed: "3", n: "two" });
    expect(await checkRequest("POST", "/v1/images/edits", type, bytes)).toEqual([
      "CreateImageEditRequest /prompt: sent as a file, the specification wants text",
      "CreateImageEditRequest /seed: not defined by the specification",
      'CreateImageEditRequest /image: "not a file" is not a file (format binary)',
      'CreateImageEditRequest /image: "not a file" is not of type array',
      'CreateImageEditRequest /n: "two" is not of type integer',
    ]);
  });
});

describe("answers on the wire", () => {
  const event = (type: string, data: object) => `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;
  const echo = { b64_json: "iVBORw0KGgo=", created_at: 1767225600, size: "1024x1024", quality: "low", background: "opaque", output_format: "png" };
  const streamUsage = { input_tokens: 4, input_tokens_details: { text_tokens: 4, image_tokens: 0 }, output_tokens: 372, total_tokens: 376 };

  it("checks each event of a stream against the schema its type names", () => {
    const body = event("image_edit.partial_image", { ...echo, partial_image_index: 0 }) + event("image_edit.completed", { ...echo, usage: streamUsage });
    expect(checkResponse("/v1/images/edits", 200, "text/event-stream", body)).toEqual({ responses: 0, events: 2, mismatches: [], gaps: [] });
  });

  it("fails an event type the endpoint does not define, and an event that breaks its schema", () => {
    const body = event("image_generation.partial_image", { ...echo, partial_image_index: 0, size: "1000x1000" }) + event("error", { error: { message: "x" } });
    expect(checkResponse("/v1/images/generations", 200, "text/event-stream", body).mismatches).toEqual([
      'event 1: ImageGenPartialImageEvent /size: "1000x1000" is not one of 1024x1024, 1024x1536, 1536x1024, auto',
      'event 2: type "error" is not one ImageGenStreamEvent defines',
    ]);
  });

  it("counts a custom size gpt-image-2 echoes as the known gap, not a mismatch, and nothing else with it", () => {
    const answer = { created: 1767225600, size: "2048x1152", quality: "low", background: "opaque", output_format: "png", data: [{ b64_json: "iVBORw0KGgo=" }] };
    const custom = JSON.stringify(answer);
    const check = checkResponse("/v1/images/generations", 200, "application/json", custom);
    expect(check.mismatches).toEqual([]);
    expect(check.gaps).toEqual(['ImagesResponse /size: "2048x1152" is not one of 1024x1024, 1024x1536, 1536x1024']);
    const odd = checkResponse("/v1/images/generations", 200, "application/json", custom.replace("2048x1152", "2048x1150"));
    expect(odd.mismatches).toHaveLength(1);
  });

  it("checks error answers as ErrorResponse, and a body that is not JSON", () => {
    const error = { error: { message: "Invalid value", type: "invalid_request_error", param: "size", code: "invalid_value" } };
    expect(checkResponse("/v1/images/generations", 400, "application/json", JSON.stringify(error)).mismatches).toEqual([]);
    expect(checkResponse("/v1/images/generations", 400, "application/json", JSON.stringify({ error: { message: "x" } })).mismatches).toEqual([
      'ErrorResponse /error: missing required field "type"',
      'ErrorResponse /error: missing required field "param"',
      'ErrorResponse /error: missing required field "code"',
    ]);
    expect(checkResponse("/v1/images/generations", 200, "application/json", '{"created":').mismatches).toEqual(['the 200 answer is not JSON: "{\\"created\\":"']);
  });
});
