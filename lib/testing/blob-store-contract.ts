// What every BlobStore promises (lib/ports/blob-store.ts), as tests any store runs against
// itself: the folder (lib/adapters/local-blob-store.test.ts) and a bucket on a real
// S3-compatible server (lib/adapters/s3-blob-store.test.ts).
import { expect, it } from "vitest";
import { keyFor, sha256Hex } from "@/lib/ports/blob-keys";
import type { BlobStore } from "@/lib/ports/blob-store";

export interface StoreUnderTest {
  store: BlobStore;
  /** Makes a stored blob look last written at `when` (as an hour-old file would). */
  age(key: string, when: Date): Promise<void>;
}

export const keyOf = (bytes: Buffer) => keyFor(sha256Hex(bytes), "png");
const HOUR_AGO = new Date(Date.now() - 3_600_000);

const text = async (stream: ReadableStream<Uint8Array>) => Buffer.from(await new Response(stream).arrayBuffer()).toString();

/** Registers the contract's tests in the calling describe block; `make` runs before each. */
export function blobStoreContract(make: () => Promise<StoreUnderTest>): void {
  it("stores bytes and reads them back; an unknown key reads as null", async () => {
    const { store } = await make();
    const bytes = Buffer.from("hello fresco");
    expect(await store.put(keyOf(bytes), bytes)).toBe(true);
    expect(await store.read(keyOf(bytes))).toEqual(bytes);
    expect(await store.read(keyOf(Buffer.from("never stored")))).toBeNull();
  });

  it("a second put of a key keeps the bytes, returns false and refreshes the modified time", async () => {
    const { store, age } = await make();
    const bytes = Buffer.from("same bytes");
    const key = keyOf(bytes);
    await store.put(key, bytes);
    await age(key, HOUR_AGO);
    expect((await store.stat(key))!.modifiedAt.getTime()).toBeLessThanOrEqual(HOUR_AGO.getTime() + 1000);
    expect(await store.put(key, bytes)).toBe(false);
    expect(await store.list()).toEqual([key]);
    expect(await store.read(key)).toEqual(bytes);
    expect((await store.stat(key))!.modifiedAt > HOUR_AGO).toBe(true);
  });

  it("touches, stats, lists and removes by key", async () => {
    const { store, age } = await make();
    const [a, b] = [Buffer.from("a"), Buffer.from("b")];
    await Promise.all([store.put(keyOf(a), a), store.put(keyOf(b), b)]);
    expect((await store.list()).sort()).toEqual([keyOf(a), keyOf(b)].sort());
    expect(await store.stat(keyOf(a))).toMatchObject({ key: keyOf(a), bytes: 1 });
    await store.remove(keyOf(a));
    await store.remove(keyOf(a)); // already gone: nothing happens
    expect(await store.list()).toEqual([keyOf(b)]);
    await age(keyOf(b), HOUR_AGO);
    expect([await store.touch(keyOf(a)), await store.touch(keyOf(b))]).toEqual([false, true]);
    expect((await store.stat(keyOf(b)))!.modifiedAt > HOUR_AGO).toBe(true);
    expect(await store.stat(keyOf(a))).toBeNull();
  });

  it("lists every key however many there are", async () => {
    const { store } = await make();
    const all = Array.from({ length: 12 }, (_, i) => Buffer.from(`blob ${i}`));
    await Promise.all(all.map((bytes) => store.put(keyOf(bytes), bytes)));
    expect((await store.list()).sort()).toEqual(all.map(keyOf).sort());
  });

  it("opens the whole blob or a range of it as a stream, with the whole size; an unknown key opens as null", async () => {
    const { store } = await make();
    const bytes = Buffer.from("0123456789abcdef");
    await store.put(keyOf(bytes), bytes);
    const whole = (await store.open(keyOf(bytes)))!;
    expect([whole.size, await text(whole.stream)]).toEqual([16, "0123456789abcdef"]);
    const part = (await store.open(keyOf(bytes), { start: 4, end: 9 }))!;
    expect([part.size, await text(part.stream)]).toEqual([16, "456789"]);
    expect(await store.open(keyOf(Buffer.from("never stored")))).toBeNull();
  });

  it("refuses keys that could escape the store", async () => {
    const { store } = await make();
    await expect(store.read("../../etc/passwd")).rejects.toThrow(/Not a blob key/);
    await expect(store.put("../x.png", Buffer.from("x"))).rejects.toThrow(/Not a blob key/);
  });
}
