// Reads an edit's multipart body as it arrives and refuses it the moment it is too large: by
// its Content-Length before a byte is read, then by counting every byte (a chunked body has
// no length), each file against its own limit and the whole against FRESCO_MAX_UPLOAD_MB.
// Reading stops at the first refusal; nothing past a limit is kept.
import "server-only";
import busboy from "busboy";
import { AppError } from "@/lib/errors";
import { MAX_IMAGE_BYTES, MAX_IMAGES, MAX_MASK_BYTES, MB, megabytes } from "./limits";

export interface BodyLimits {
  /** The whole body, images and mask and fields together. */
  total: number;
  image: number;
  mask: number;
}

export const bodyLimits = (totalMb: number): BodyLimits => ({ total: totalMb * MB, image: MAX_IMAGE_BYTES, mask: MAX_MASK_BYTES });

const FILE_FIELDS = new Set(["mask", ...Array.from({ length: MAX_IMAGES }, (_, i) => `file${i}`)]);
// params, slots, prompts, targets, keepOutsideMask, maskState, idempotencyKey, with room to
// spare; a field holds at most 20 prompts of 32,000 characters, or a drawn mask.
const LIMITS = { fields: 12, fieldSize: 1 * MB, files: MAX_IMAGES + 1, parts: MAX_IMAGES + 13 };

const tooLarge = (message: string) => new AppError("TOO_LARGE", message);
const invalid = (message: string) => new AppError("INVALID_INPUT", message);
const whole = (l: BodyLimits) => `one edit may send at most ${l.total / MB} MB, all images and the mask together`;

/** The edit as FormData, the shape `editFormSchema` reads, or an AppError naming the limit. */
export async function readEditForm(request: Request, limits: BodyLimits): Promise<FormData> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data/i.test(type) || !request.body) throw invalid("Send the edit as form data.");
  const declared = Number(request.headers.get("content-length"));
  if (declared > limits.total) throw tooLarge(`This edit is ${megabytes(declared)}; ${whole(limits)}.`);

  const form = new FormData();
  let failure: AppError | null = null;
  const fail = (err: AppError) => void (failure ??= err);
  const parser = busboy({ headers: { "content-type": type }, defParamCharset: "utf8", limits: { ...LIMITS, fileSize: limits.image + 1 } });

  parser.on("file", (field, stream, info) => {
    if (!FILE_FIELDS.has(field)) return void stream.resume(); // not ours: read past, keep nothing
    const name = info.filename || field;
    const max = field === "mask" ? limits.mask : limits.image;
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on("error", () => {}); // a body cut off mid-file: the parser reports it once, below
    stream.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) return void chunks.push(chunk);
      chunks.length = 0;
      fail(tooLarge(field === "mask" ? `${name} is over ${max / MB} MB; the mask may be at most ${max / MB} MB.` : `${name} is over ${max / MB} MB; each image may be at most ${max / MB} MB.`));
    });
    stream.on("end", () => {
      // Node's Buffers are BlobParts at run time; TypeScript only doubts their ArrayBuffer kind.
      if (size <= max) form.append(field, new File(chunks as Uint8Array<ArrayBuffer>[], name, { type: info.mimeType }));
    });
  });
  parser.on("field", (name, value, info) => {
    if (info.valueTruncated) fail(tooLarge(`The field ${name} is over ${LIMITS.fieldSize / MB} MB.`));
    else form.append(name, value);
  });
  parser.on("filesLimit", () => fail(invalid(`An edit takes at most ${MAX_IMAGES} images and a mask.`)));
  parser.on("fieldsLimit", () => fail(invalid("The edit has more fields than it can use.")));
  parser.on("partsLimit", () => fail(invalid("The edit has more parts than it can use.")));
  parser.on("error", () => fail(invalid("The edit's form data is damaged or cut short. Try again.")));
  const closed = new Promise<void>((resolve) => parser.on("close", resolve));

  const reader = request.body.getReader();
  let read = 0;
  for (;;) {
    if (failure) break;
    const { value, done } = await reader.read();
    if (done) break;
    read += value.byteLength;
    if (read > limits.total) {
      fail(tooLarge(`This edit is over ${limits.total / MB} MB; ${whole(limits)}.`));
      break;
    }
    // Busboy parses as it is written; wait only when it asks to (its file data is taken at once).
    if (!parser.write(value)) await Promise.race([new Promise((resolve) => parser.once("drain", resolve)), closed]);
  }
  if (failure) {
    // Stop reading here. The rest of the body is left unread: the response says why.
    reader.releaseLock();
    parser.destroy();
    throw failure;
  }
  parser.end();
  await closed;
  if (failure) throw failure;
  return form;
}
