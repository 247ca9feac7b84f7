import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { toEditFormData } from "./edit-form";
import { MB } from "./limits";
import { readEditForm, type BodyLimits } from "./read-edit-form";
import { mask, png } from "./test-images";

const limits: BodyLimits = { total: 8 * MB, image: 1 * MB, mask: 1 * MB };
const BOUNDARY = "----fresco-test";

/** A body that yields `parts` as it is asked for, and counts how much was asked for. */
function recordingBody(parts: Uint8Array[]) {
  const seen = { pulls: 0, bytes: 0 };
  let i = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const part = parts[i++];
        if (!part) return controller.close();
        seen.pulls++;
        seen.bytes += part.byteLength;
        controller.enqueue(part);
      },
    },
    { highWaterMark: 0 }, // nothing is read ahead: a pull is a read by the code under test
  );
  return { body, seen };
}

/** A multipart body with one file of `size` bytes, sent in 64 KB chunks with no Content-Length. */
function fileUpload(field: string, filename: string, size: number) {
  const head = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: image/png\r\n\r\n`;
  const chunk = new Uint8Array(64 * 1024);
  const parts = [new TextEncoder().encode(head), ...Array.from({ length: Math.ceil(size / chunk.length) }, () => chunk)];
  parts.push(new TextEncoder().encode(`\r\n--${BOUNDARY}--\r\n`));
  return recordingBody(parts);
}

const post = (body: ReadableStream<Uint8Array> | FormData, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/edits", {
    method: "POST",
    body,
    headers: body instanceof FormData ? headers : { "content-type": `multipart/form-data; boundary=${BOUNDARY}`, ...headers },
    duplex: "half",
  } as RequestInit);

async function refusal(p: Promise<unknown>) {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(AppError);
  return { code: (err as AppError).code, message: (err as AppError).message };
}

describe("readEditForm", () => {
  it("gives back the form the browser built: fields, files with their names and bytes", async () => {
    const [photo, m] = [await png(30, 20), await mask(30, 20, { x: 0, y: 0, w: 5, h: 5 })];
    const sent = toEditFormData({
      params: { prompt: "a kite" },
      images: [new File([new Uint8Array(photo)], "photo.png", { type: "image/png" }), { imageId: "img1" }],
      mask: new File([new Uint8Array(m)], "mask.png", { type: "image/png" }),
      prompts: ["a kite", "a boat"],
      idempotencyKey: "0b5e8f6c-1d2a-4c3b-9e8f-7a6b5c4d3e2f",
    });
    const got = await readEditForm(post(sent), limits);
    for (const name of ["params", "slots", "prompts", "idempotencyKey"]) expect(got.get(name)).toBe(sent.get(name));
    const file = got.get("file0") as File;
    expect(file.name).toBe("photo.png");
    expect(Buffer.from(await file.arrayBuffer()).equals(photo)).toBe(true);
    expect(Buffer.from(await (got.get("mask") as File).arrayBuffer()).equals(m)).toBe(true);
  });

  it("refuses a body whose Content-Length is over the limit without reading any of it", async () => {
    const { body, seen } = fileUpload("file0", "a.png", 1024);
    const { code, message } = await refusal(readEditForm(post(body, { "content-length": String(500 * MB) }), limits));
    expect(code).toBe("TOO_LARGE");
    expect(message).toBe("This edit is 500 MB; one edit may send at most 8 MB, all images and the mask together.");
    expect(seen.pulls).toBe(0);
  });

  it("stops reading a chunked body as soon as it passes the limit", async () => {
    const { body, seen } = fileUpload("file0", "a.png", 40 * MB);
    const { message } = await refusal(readEditForm(post(body), { ...limits, image: 50 * MB }));
    expect(message).toBe("This edit is over 8 MB; one edit may send at most 8 MB, all images and the mask together.");
    expect(seen.bytes).toBeLessThan(8 * MB + 128 * 1024);
  });

  it("stops reading at the first file over its own limit, and names it", async () => {
    const { body, seen } = fileUpload("file3", "huge.png", 6 * MB);
    expect(await refusal(readEditForm(post(body), limits))).toEqual({
      code: "TOO_LARGE",
      message: "huge.png is over 1 MB; each image may be at most 1 MB.",
    });
    expect(seen.bytes).toBeLessThan(1 * MB + 128 * 1024);
    const maskBody = fileUpload("mask", "mask.png", 3 * MB).body;
    expect((await refusal(readEditForm(post(maskBody), limits))).message).toBe("mask.png is over 1 MB; the mask may be at most 1 MB.");
  });

  it("says a body cut short is damaged, and that anything but form data is not an edit", async () => {
    const cut = recordingBody([new TextEncoder().encode(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="params"\r\n\r\n{"pro`)]);
    expect(await refusal(readEditForm(post(cut.body), limits))).toEqual({
      code: "INVALID_INPUT",
      message: "The edit's form data is damaged or cut short. Try again.",
    });
    const json = new Request("http://localhost/api/edits", { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    expect((await refusal(readEditForm(json, limits))).message).toBe("Send the edit as form data.");
  });
});
