// HTTP range requests for stored files (RFC 9110 §14): which bytes a Range header asks for.
// One range is served (what players, download managers and resumed downloads send); a header
// asking for several, in another unit, or that does not parse is ignored, as the RFC allows,
// and the whole file goes out with 200.
import type { ByteRange } from "@/lib/ports/blob-store";

const ONE_RANGE = /^bytes=(\d*)-(\d*)$/;

/**
 * The range `header` asks of a `size`-byte file: null to send the whole file, "unsatisfiable"
 * for a range that starts past the end (416).
 */
export function requestedRange(header: string | null, size: number): ByteRange | "unsatisfiable" | null {
  const m = header?.trim().replace(/\s+/g, "").match(ONE_RANGE);
  if (!m) return null;
  const [, first, last] = m;
  if (first === "" && last === "") return null;
  if (first === "") {
    // "bytes=-500": the last 500 bytes (all of them when the file is shorter).
    const suffix = Number(last);
    return suffix === 0 || size === 0 ? "unsatisfiable" : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  if (last !== "" && Number(last) < start) return null; // not a valid range at all: ignored
  if (start >= size) return "unsatisfiable";
  return { start, end: last === "" ? size - 1 : Math.min(Number(last), size - 1) };
}

/** If-Range: the range applies only while the file is the one the client has part of (a strong tag match). */
export function rangeStillApplies(ifRange: string | null, etag: string): boolean {
  return ifRange === null || ifRange.trim() === etag;
}
