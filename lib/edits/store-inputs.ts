// Makes an edit's uploaded files durable before any row points at them, and describes every
// input (uploaded or already stored) as the GenerationInput rows of one generation.
import "server-only";
import type { NewInput } from "@/lib/db/edit-inputs";
import { AppError } from "@/lib/errors";
import type { StoredImageFile } from "@/lib/images/image-file";
import type { BlobWrites } from "@/lib/storage/blob-writes";
import type { CheckedImage } from "./validate-uploads";

/** A file in the blob store, ready to be referenced by an input row. */
export interface StoredFile extends StoredImageFile {
  name: string;
}

/** An image of the team's that an edit starts from: its bytes are stored already. */
export function fromImage(image: Omit<StoredFile, "name"> & { id: string }): StoredFile {
  const { id, ...file } = image;
  // The same name the download route gives it, so a person recognises the file.
  return { ...file, name: `fresco-${id}.${image.format}` };
}

/**
 * Writes the uploads through `writes`, which pins them until the caller's rows commit; when
 * a write fails, what this submission stored and no other row uses is removed again.
 */
export async function storeUploads(files: CheckedImage[], writes: BlobWrites): Promise<StoredFile[]> {
  try {
    const stored: StoredFile[] = [];
    for (const file of files) {
      const blob = await writes.put(file.bytes, file.format);
      stored.push({ name: file.name, format: file.format, width: file.width, height: file.height, bytes: blob.bytes, sha256: blob.sha256, storageKey: blob.key });
    }
    return stored;
  } catch (err) {
    await writes.undo();
    throw err;
  }
}

/**
 * Pins the stored files an edit starts from, so deleting their image meanwhile cannot take
 * them; "Not found." when one is gone already (its image was deleted since it was looked up).
 */
export async function holdStored(files: StoredFile[], writes: BlobWrites): Promise<void> {
  for (const file of files) {
    if (!(await writes.hold(file.storageKey))) throw new AppError("NOT_FOUND", "Not found.");
  }
}

/** The input rows of one generation: images in order (0 is the base), then the mask. */
export function inputRows(images: StoredFile[], mask?: StoredFile): NewInput[] {
  const row = (role: NewInput["role"], index: number, f: StoredFile): NewInput => ({
    role,
    index,
    name: f.name,
    format: f.format,
    width: f.width,
    height: f.height,
    bytes: f.bytes,
    sha256: f.sha256,
    storageKey: f.storageKey,
  });
  return [...images.map((f, i) => row("image", i, f)), ...(mask ? [row("mask", 0, mask)] : [])];
}
