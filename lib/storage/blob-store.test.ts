import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blobPath, putBlob, readBlob } from "./blob-store";

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "fresco-blobs-"));
  process.env.FRESCO_DATA_DIR = dir;
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("blob store", () => {
  it("stores bytes under their sha256 and reads them back", async () => {
    const bytes = Buffer.from("hello fresco");
    const blob = await putBlob(bytes, "png");
    expect(blob.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(blob.key).toBe(`${blob.sha256.slice(0, 2)}/${blob.sha256.slice(2, 4)}/${blob.sha256}.png`);
    expect(await readBlob(blob.key)).toEqual(bytes);
  });

  it("writing the same bytes twice keeps one file and leaves no temp files", async () => {
    const bytes = Buffer.from("same bytes");
    const a = await putBlob(bytes, "webp");
    const b = await putBlob(bytes, "webp");
    expect(a.key).toBe(b.key);
    const files = await fs.readdir(path.dirname(blobPath(a.key)));
    expect(files).toEqual([`${a.sha256}.webp`]);
  });

  it("refuses keys that could escape the blob folder", () => {
    expect(() => blobPath("../../etc/passwd")).toThrow(/Not a blob key/);
  });
});
