// Content addressing over the store the composition root provides.
import { describe, expect, it } from "vitest";
import { sha256Hex } from "@/lib/ports/blob-keys";
import { MissingBlobError, putBlob, readBlob } from "./blob-store";

describe("blob store", () => {
  it("stores bytes under their sha256 once, and reads them back", async () => {
    const bytes = Buffer.from("hello fresco");
    const blob = await putBlob(bytes, "png");
    const sha = sha256Hex(bytes);
    expect(blob).toEqual({ key: `${sha.slice(0, 2)}/${sha.slice(2, 4)}/${sha}.png`, sha256: sha, bytes: bytes.byteLength, created: true });
    expect((await putBlob(bytes, "png")).created).toBe(false);
    expect(await readBlob(blob.key)).toEqual(bytes);
  });

  it("a key with nothing stored is a sentence for the person, not a file-system error", async () => {
    const missing = `00/00/${"0".repeat(64)}.png`;
    await expect(readBlob(missing)).rejects.toBeInstanceOf(MissingBlobError);
    await expect(readBlob(missing)).rejects.toThrow(/missing from storage/);
  });
});
