// Reads an edit's multipart body with busboy: `image`, `image[]` (repeated) and `mask` files,
// and string scalars. The body is always read to the end before an error is reported, so
// the client sees the 400 rather than a reset connection.
import type { IncomingMessage } from "node:http";
import busboy from "busboy";
import { type ApiError, errors } from "./errors";
import { LIMITS } from "./params";

export interface UploadedFile {
  field: string;
  filename: string;
  /** The part's Content-Type; a part without one is `text/plain` (RFC 7578), as busboy reads it. */
  contentType: string;
  bytes: Buffer;
}

export interface MultipartBody {
  fields: Record<string, string>;
  images: UploadedFile[];
  mask?: UploadedFile;
}

const IMAGE_FIELDS = new Set(["image", "image[]"]);
const MB = 1024 * 1024;

async function drain(req: IncomingMessage): Promise<void> {
  for await (const chunk of req) void chunk;
}

export async function parseMultipart(req: IncomingMessage): Promise<MultipartBody> {
  const type = req.headers["content-type"] ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data")) {
    await drain(req);
    throw errors.invalidRequest(`Invalid Content-Type header (${type || "none"}), expected multipart/form-data.`);
  }
  let bb: busboy.Busboy;
  try {
    bb = busboy({ headers: req.headers, limits: { fileSize: LIMITS.imageBytes, fieldSize: MB, files: 64, fields: 64 } });
  } catch {
    await drain(req);
    throw errors.invalidRequest("Could not parse the multipart form: malformed Content-Type.");
  }

  const body: MultipartBody = { fields: {}, images: [] };
  let failure: ApiError | undefined;
  const fail = (err: ApiError) => {
    failure ??= err;
  };

  bb.on("field", (name, value, info) => {
    if (IMAGE_FIELDS.has(name) || name === "mask") {
      fail(errors.invalidType(name === "mask" ? "mask" : "image", "a file", "a string"));
    } else if (info.valueTruncated) {
      fail(errors.invalidValueMessage(name, `Invalid '${name}': the field is larger than the 1 MB limit.`));
    } else {
      body.fields[name] = value; // a repeated scalar: the last one wins
    }
  });

  bb.on("file", (name, stream, info) => {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    // "end", not "close": busboy reports its own close once every file has ended.
    stream.on("end", () => {
      const file = { field: name, filename: info.filename ?? "", contentType: info.mimeType, bytes: Buffer.concat(chunks) };
      if (!IMAGE_FIELDS.has(name) && name !== "mask") return fail(errors.unknownParameter(name));
      if ((stream as unknown as { truncated?: boolean }).truncated) {
        return fail(errors.invalidValueMessage("image", `Invalid '${name}': the file exceeds the 50 MB limit.`));
      }
      if (name === "mask") {
        if (file.bytes.length > LIMITS.maskBytes) {
          return fail(errors.invalidValueMessage("mask", "Invalid 'mask': the file exceeds the 4 MB limit."));
        }
        body.mask = file;
      } else {
        body.images.push(file);
      }
    });
  });

  await new Promise<void>((resolve) => {
    bb.on("close", resolve);
    bb.on("error", (err: Error) => {
      fail(errors.invalidRequest(`Could not parse the multipart form: ${err.message}.`));
      req.unpipe(bb);
      drain(req).then(resolve, resolve);
    });
    req.pipe(bb);
  });
  if (failure) throw failure;
  if (body.images.length > LIMITS.images) {
    throw errors.invalidValueMessage("image", `Invalid 'image': at most ${LIMITS.images} images are accepted, got ${body.images.length}.`);
  }
  return body;
}
