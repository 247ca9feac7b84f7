// The folder store against a folder of its own: what the port promises (lib/ports/blob-store.ts),
// and the folder's own rules (no temp files left behind, no key outside the folder).
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { keyFor, sha256Hex } from "@/lib/ports/blob-keys";
import type { BlobStore } from "@/lib/ports/blob-store";
import { localBlobStore } from "./local-blob-store";

let root: string;
let store: BlobStore;
beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "fresco-blobs-"));
  store = localBlobStore(root);
});

const keyOf = (bytes: Buffer) => keyFor(sha256Hex(bytes), "png");
const HOUR_AGO = new Date(Date.now() - 3_600_000);

describe("local blob store", () => {
  it("stores bytes and reads them back; an unknown key reads as null", async () => {
    const bytes = Buffer.from("hello fresco");
    expect(await store.put(keyOf(bytes), bytes)).toBe(true);
    expect(await store.read(keyOf(bytes))).toEqual(bytes);
    expect(await store.read(keyOf(Buffer.from("never stored")))).toBeNull();
  });

  it("a second put of a key keeps one file, leaves no temp file, and refreshes its modified time", async () => {
    const bytes = Buffer.from("same bytes");
    const key = keyOf(bytes);
    await store.put(key, bytes);
    await fs.utimes(path.join(root, key), HOUR_AGO, HOUR_AGO);
    expect(await store.put(key, bytes)).toBe(false);
    expect(await fs.readdir(path.dirname(path.join(root, key)))).toEqual([path.basename(key)]);
    expect((await store.stat(key))!.modifiedAt > HOUR_AGO).toBe(true);
  });

  it("touches, lists and removes by key", async () => {
    const [a, b] = [Buffer.from("a"), Buffer.from("b")];
    await Promise.all([store.put(keyOf(a), a), store.put(keyOf(b), b)]);
    expect((await store.list()).sort()).toEqual([keyOf(a), keyOf(b)].sort());
    expect(await store.stat(keyOf(a))).toMatchObject({ key: keyOf(a), bytes: 1 });
    await store.remove(keyOf(a));
    await store.remove(keyOf(a)); // already gone: nothing happens
    expect(await store.list()).toEqual([keyOf(b)]);
    expect([await store.touch(keyOf(a)), await store.touch(keyOf(b))]).toEqual([false, true]);
    expect(await store.stat(keyOf(a))).toBeNull();
  });

  it("finds and removes only the old leftovers of unfinished writes", async () => {
    const dir = path.join(root, "ab", "cd");
    await fs.mkdir(dir, { recursive: true });
    await Promise.all([fs.writeFile(path.join(dir, ".old.tmp"), "half"), fs.writeFile(path.join(dir, ".young.tmp"), "half")]);
    await fs.utimes(path.join(dir, ".old.tmp"), HOUR_AGO, HOUR_AGO);
    const old = await store.unfinishedWrites(new Date(Date.now() - 60_000));
    expect(old).toEqual(["ab/cd/.old.tmp"]);
    expect(await store.list()).toEqual([]); // leftovers are not blobs
    await store.removeUnfinished(old);
    expect((await fs.readdir(dir)).sort()).toEqual([".young.tmp"]);
  });

  it("refuses keys that could escape the folder", async () => {
    await expect(store.read("../../etc/passwd")).rejects.toThrow(/Not a blob key/);
    await expect(store.put("../x.png", Buffer.from("x"))).rejects.toThrow(/Not a blob key/);
  });
});
