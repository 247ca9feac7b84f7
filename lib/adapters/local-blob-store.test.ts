// The folder store against a folder of its own: what the port promises (the shared contract,
// lib/testing/blob-store-contract.ts), and the folder's own rules (no temp files left behind).
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { blobStoreContract, keyOf } from "@/lib/testing/blob-store-contract";
import { localBlobStore } from "./local-blob-store";

const HOUR_AGO = new Date(Date.now() - 3_600_000);

async function make() {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "fresco-blobs-"));
  const store = localBlobStore(root);
  return { root, store, age: (key: string, when: Date) => fs.utimes(path.join(root, key), when, when) };
}

describe("local blob store", () => {
  blobStoreContract(make);

  it("a second put of a key leaves one file and no temp file", async () => {
    const { root, store } = await make();
    const bytes = Buffer.from("same bytes");
    await store.put(keyOf(bytes), bytes);
    await store.put(keyOf(bytes), bytes);
    expect(await fs.readdir(path.dirname(path.join(root, keyOf(bytes))))).toEqual([path.basename(keyOf(bytes))]);
  });

  it("streams a file larger than one read from the folder", async () => {
    const { store } = await make();
    const big = Buffer.alloc(3 << 20, 7);
    big.write("end", big.length - 3);
    await store.put(keyOf(big), big);
    const body = (await store.open(keyOf(big), { start: big.length - 5, end: big.length - 1 }))!;
    expect(Buffer.from(await new Response(body.stream).arrayBuffer())).toEqual(Buffer.from([7, 7, ...Buffer.from("end")]));
    const whole = Buffer.from(await new Response((await store.open(keyOf(big)))!.stream).arrayBuffer());
    expect(whole.equals(big)).toBe(true); // (toEqual compares 3 MB byte by byte, slowly)
  });

  it("finds and removes only the old leftovers of unfinished writes", async () => {
    const { root, store } = await make();
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
});
