// Makes an edit's uploaded files durable before any row points at them, and describes every
// input (uploaded or already stored) as the GenerationInput rows of one generation.
import "server-only";
import type { NewInput } from "@/lib/db/edit-inputs";
import { deleteBlob, putBlob, type StoredBlob } from "@/lib/storage/blob-store";
import type { CheckedImage } from "./validate-uploads";

/** A file in the blob store, ready to be referenced by an input row. */
export interface StoredFile {
  name: string;
  format: "png" | "jpeg" | "webp";
  width: number;
  height: number;
  bytes: number;
  sha256: string;
  storageKey: string;
}

/** An image of the team's that an edit starts from: its bytes are stored already. */
export function fromImage(image: Omit<StoredFile, "name"> & { id: string }): StoredFile {
  const { id, ...file } = image;
  // The same name the download route gives it, so a person recognises the file.
  return { ...file, name: `fresco-${id}.${image.format}` };
}

/**
 * Writes the uploads; `undo` removes the blobs this call created, for when no row ended up
 * pointing at them. (Content addressing: a blob that existed before is never removed.)
 */
export async function storeUploads(files: CheckedImage[]): Promise<{ stored: StoredFile[]; undo: () => Promise<void> }> {
  const created: StoredBlob[] = [];
  const undo = async () => {
    await Promise.all(created.filter((b) => b.created).map((b) => deleteBlob(b.key)));
  };
  try {
    const stored: StoredFile[] = [];
    for (const file of files) {
      const blob = await putBlob(file.bytes, file.format);
      created.push(blob);
      stored.push({ name: file.name, format: file.format, width: file.width, height: file.height, bytes: blob.bytes, sha256: blob.sha256, storageKey: blob.key });
    }
    return { stored, undo };
  } catch (err) {
    await undo();
    throw err;
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
