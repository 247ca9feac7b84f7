// Why an image could not be read. Its own file so that code which only needs to recognise
// the error (errors.ts) does not load sharp.

export type DecodeFailure = "unsupported_format" | "corrupt" | "too_large";

export class ImageDecodeError extends Error {
  constructor(
    readonly reason: DecodeFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "ImageDecodeError";
  }
}
