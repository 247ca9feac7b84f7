// Bytes served at /v1/_files/<id> for the `url` fault, where a relay returns data[].url.
import { randomBytes } from "node:crypto";

interface StoredFile {
  bytes: Buffer;
  contentType: string;
}

/** Keeps the most recent files only: the emulator runs for hours in demos. */
const MAX_FILES = 200;

export class FileStore {
  private files = new Map<string, StoredFile>();

  put(bytes: Buffer, contentType: string): string {
    const id = `file_${randomBytes(12).toString("hex")}`;
    this.files.set(id, { bytes, contentType });
    if (this.files.size > MAX_FILES) {
      const oldest = this.files.keys().next().value;
      if (oldest !== undefined) this.files.delete(oldest);
    }
    return id;
  }

  get(id: string): StoredFile | undefined {
    return this.files.get(id);
  }

  clear(): void {
    this.files.clear();
  }
}
