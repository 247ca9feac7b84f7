// A zip of images as a stream (yazl): each image in its stored format under a readable name,
// a JSON sidecar beside it, and manifest.json last. Entries are read lazily, one blob at a time
// as the download pulls, so memory stays flat however many images there are (yazl pipes each
// entry with backpressure; nothing holds the whole zip).
import "server-only";
import { Readable } from "node:stream";
import { ZipFile } from "yazl";
import { imagesForExport } from "@/lib/db/image-export";
import { exportStem, sidecarOf } from "@/lib/views/image-export";
import { readBlob } from "./blob-store";

export interface ImageZip {
  /** How many images it holds (ids of other teams, trashed or unknown are left out). */
  count: number;
  stream: ReadableStream<Uint8Array>;
}

/** Null when none of the ids is a live image of the team. */
export async function imageZip(opts: { teamId: string; ids: string[]; now?: Date }): Promise<ImageZip | null> {
  const rows = await imagesForExport(opts);
  if (rows.length === 0) return null;
  const zip = new ZipFile();
  const mtime = opts.now ?? new Date();
  const files: { imageId: string; file: string; sidecar: string }[] = [];
  const missing: string[] = [];
  rows.forEach((row, position) => {
    const stem = exportStem(row, position);
    const file = `${stem}.${row.format}`;
    files.push({ imageId: row.id, file, sidecar: `${stem}.json` });
    // Stored formats are compressed already: storing them as they are costs no size and no CPU.
    zip.addReadStreamLazy(file, { compress: false, mtime }, (done) => {
      readBlob(row.storageKey).then(
        (bytes) => done(null, Readable.from([bytes])),
        // A row without its file (a drift the blob check reports): an empty entry, named in the manifest.
        () => (missing.push(row.id), done(null, Readable.from([]))),
      );
    });
    zip.addBuffer(Buffer.from(JSON.stringify(sidecarOf(row, file), null, 2)), `${stem}.json`, { mtime });
  });
  // Made when its turn comes, after every image, so it can name any file that was missing.
  zip.addReadStreamLazy("manifest.json", { mtime }, (done) => {
    const manifest = { exportedAt: mtime.toISOString(), count: files.length, files, missing };
    done(null, Readable.from([Buffer.from(JSON.stringify(manifest, null, 2))]));
  });
  zip.end();
  return { count: rows.length, stream: Readable.toWeb(zip.outputStream as Readable) as ReadableStream<Uint8Array> };
}
