import { describe, expect, it } from "vitest";
import { readLimit } from "./read-limit";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("readLimit", () => {
  it("runs at most `limit` reads at once; the rest wait their turn", async () => {
    const limited = readLimit(2);
    const gates = [deferred(), deferred(), deferred()];
    let running = 0;
    let most = 0;
    const reads = gates.map((gate, i) =>
      limited(async () => {
        most = Math.max(most, ++running);
        await gate.promise;
        running -= 1;
        return i;
      }, () => true),
    );
    await new Promise((r) => setImmediate(r));
    expect(running).toBe(2);
    gates.forEach((g) => g.resolve());
    expect(await Promise.all(reads)).toEqual([0, 1, 2]);
    expect(most).toBe(2);
  });

  it("skips a read that is no longer wanted by its turn", async () => {
    const limited = readLimit(1);
    const gate = deferred();
    let wanted = true;
    let ran = 0;
    const first = limited(() => gate.promise, () => true);
    const second = limited(async () => (ran += 1), () => wanted);
    wanted = false; // the stream closed while it waited
    gate.resolve();
    await first;
    expect(await second).toBeUndefined();
    expect(ran).toBe(0);
    // and the slot is free again
    expect(await limited(async () => "next", () => true)).toBe("next");
  });
});
