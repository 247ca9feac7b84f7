// An edit's file parts are judged by their declared type first, as the real API does
// (docs/images-api.md §7.10): a good PNG sent as application/octet-stream, or with no type, is refused.
import OpenAI, { toFile } from "openai";
import { beforeAll, describe, expect, it } from "vitest";
import { makePng, pattern, post, sdk, setupEmulator } from "./test-helpers";

const emulator = setupEmulator();
const model = "gpt-image-1-mini";
const SUPPORTED = "Supported file formats are 'image/jpeg', 'image/png', and 'image/webp'.";

let image: Buffer;
let mask: Buffer;
beforeAll(async () => {
  image = await makePng(64, 64, pattern);
  mask = await makePng(64, 64, (x) => [0, 0, 0, x < 32 ? 0 : 255]);
});

/** Posts an edit built from raw parts, so a part can carry any Content-Type or none. */
async function postParts(parts: { name: string; filename?: string; type?: string; body: Buffer | string }[]) {
  const boundary = "fresco-test-boundary";
  const chunks: Buffer[] = [];
  for (const part of [{ name: "model", body: model }, { name: "prompt", body: "a kite" }, ...parts]) {
    const filename = part.filename === undefined ? "" : `; filename="${part.filename}"`;
    const type = part.type === undefined ? "" : `\r\nContent-Type: ${part.type}`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"${filename}${type}\r\n\r\n`));
    chunks.push(Buffer.isBuffer(part.body) ? part.body : Buffer.from(part.body));
    chunks.push(Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  const res = await post(emulator(), "/images/edits", Buffer.concat(chunks), { "content-type": `multipart/form-data; boundary=${boundary}` });
  return { status: res.status, body: (await res.json()) as { error?: unknown; data?: unknown[] } };
}

describe("image parts by content type", () => {
  it("refuses a PNG sent as application/octet-stream with the API's 400", async () => {
    expect(await postParts([{ name: "image", filename: "a.png", type: "application/octet-stream", body: image }])).toEqual({
      status: 400,
      body: {
        error: {
          message: `Invalid file 'image': unsupported mimetype ('application/octet-stream'). ${SUPPORTED}`,
          type: "invalid_request_error",
          param: "image",
          code: "unsupported_file_mimetype",
        },
      },
    });
  });

  it("refuses a part with no Content-Type, which multipart reads as text/plain", async () => {
    const { status, body } = await postParts([{ name: "image", filename: "a.png", body: image }]);
    expect(status).toBe(400);
    expect(body.error).toEqual({
      message: `Invalid file 'image': unsupported mimetype ('text/plain'). ${SUPPORTED}`,
      type: "invalid_request_error",
      param: "image",
      code: "unsupported_file_mimetype",
    });
  });

  it("names the part by index when several images are sent", async () => {
    const { status, body } = await postParts([
      { name: "image[]", filename: "a.png", type: "image/png", body: image },
      { name: "image[]", filename: "b.png", type: "application/octet-stream", body: image },
    ]);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ param: "image[1]", code: "unsupported_file_mimetype", message: expect.stringContaining("Invalid file 'image[1]'") });
  });

  it("refuses what the SDK sends for a file given without a type", async () => {
    const err = await sdk(emulator())
      .images.edit({ model, prompt: "a kite", image: await toFile(image, "a.png") })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect(err).toMatchObject({ status: 400, code: "unsupported_file_mimetype", param: "image" });
  });

  it("accepts image/png, image/jpeg and image/webp, and does not check the mask part's type", async () => {
    const ok = await postParts([
      { name: "image", filename: "a.png", type: "image/png", body: image },
      { name: "mask", filename: "mask.png", type: "application/octet-stream", body: mask },
    ]);
    expect(ok.status).toBe(200);
    expect(ok.body.data).toHaveLength(1);
  });
});
