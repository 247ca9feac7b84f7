// What an image file is, wherever it is: the provider's output in memory, an upload, a file in
// the blob store, a row, the view a browser gets. One shape, extended by each; no node-only
// imports (the browser parses views with it).
import { z } from "zod";
import { OUTPUT_FORMATS } from "./models";

export const imageFormatSchema = z.enum(OUTPUT_FORMATS);

const side = z.number().int().positive();

/** The picture: its format and its size in pixels. */
export const imageFileSchema = z.object({ format: imageFormatSchema, width: side, height: side });
export type ImageFile = z.infer<typeof imageFileSchema>;

/** An image's bytes in memory, with what they are. */
export type ImageBytes = ImageFile & { bytes: Buffer };

/** An image's file in the blob store: how many bytes, their sha256, and its key there. */
export type StoredImageFile = ImageFile & { bytes: number; sha256: string; storageKey: string };
