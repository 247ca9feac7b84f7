// Which bytes a Range header asks for, as RFC 9110 §14 reads.
import { describe, expect, it } from "vitest";
import { rangeStillApplies, requestedRange } from "./byte-range";

describe("requestedRange", () => {
  it("reads a first-last range, an open-ended one and a suffix, clamped to the file", () => {
    expect(requestedRange("bytes=0-99", 1000)).toEqual({ start: 0, end: 99 });
    expect(requestedRange("bytes=900-", 1000)).toEqual({ start: 900, end: 999 });
    expect(requestedRange("bytes=-100", 1000)).toEqual({ start: 900, end: 999 });
    expect(requestedRange("bytes=990-2000", 1000)).toEqual({ start: 990, end: 999 });
    expect(requestedRange("bytes=-5000", 1000)).toEqual({ start: 0, end: 999 });
  });

  it("a range starting past the end, or an empty suffix, cannot be satisfied", () => {
    expect(requestedRange("bytes=1000-", 1000)).toBe("unsatisfiable");
    expect(requestedRange("bytes=1000-1200", 1000)).toBe("unsatisfiable");
    expect(requestedRange("bytes=-0", 1000)).toBe("unsatisfiable");
  });

  it("no header, several ranges, another unit or nonsense: the whole file", () => {
    for (const header of [null, "bytes=0-1,5-9", "items=0-1", "bytes=5-2", "bytes=-", "bytes=abc", ""]) expect(requestedRange(header, 1000), String(header)).toBeNull();
  });
});

describe("rangeStillApplies", () => {
  it("applies without If-Range, and with it only to the same strong tag", () => {
    expect(rangeStillApplies(null, '"abc"')).toBe(true);
    expect(rangeStillApplies('"abc"', '"abc"')).toBe(true);
    expect(rangeStillApplies('"old"', '"abc"')).toBe(false);
    expect(rangeStillApplies("Tue, 01 Dec 2026 10:00:00 GMT", '"abc"')).toBe(false);
  });
});
