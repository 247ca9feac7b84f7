// A stored file as an HTTP response, from whichever store holds it: streamed (never the whole
// of a large file in memory), with Accept-Ranges, 206 + Content-Range for one range and 416 for
// a range past the end. The caller has done the auth checks and the 304; it labels the
// response from the file's first bytes (what the bytes are, not what a row says).
import "server-only";
import type { BlobBody, ByteRange } from "@/lib/ports/blob-store";
import { services } from "@/lib/services";
import { MissingBlobError } from "./blob-store";
import { rangeStillApplies, requestedRange } from "./byte-range";
import { hotBlob, keepHotBlob } from "./hot-blobs";

/** Where a response's bytes come from: a stored blob, or bytes made on request (a diff). */
export interface FileSource {
  /** The whole file, or `range` of it, with the whole size. */
  open(range?: ByteRange): Promise<BlobBody>;
  size(): Promise<number>;
}

/** Files up to this size are read whole and kept in memory (hot-blobs.ts); larger ones stream. */
const KEEP_HOT_BYTES = 1 << 20;

export function blobSource(key: string): FileSource {
  return {
    async open(range) {
      const hot = hotBlob(key);
      if (hot) return inMemory(hot, range);
      const body = await services().blobs.open(key, range);
      if (!body) throw new MissingBlobError(key);
      if (range || body.size > KEEP_HOT_BYTES) return body;
      const bytes = Buffer.from(await new Response(body.stream).arrayBuffer());
      keepHotBlob(key, bytes);
      return inMemory(bytes);
    },
    async size() {
      const hot = hotBlob(key);
      if (hot) return hot.byteLength;
      const info = await services().blobs.stat(key);
      if (!info) throw new MissingBlobError(key);
      return info.bytes;
    },
  };
}

export function bytesSource(make: () => Promise<Uint8Array>): FileSource {
  let made: Promise<Uint8Array> | undefined;
  const bytes = () => (made ??= make());
  return {
    open: async (range) => inMemory(await bytes(), range),
    size: async () => (await bytes()).byteLength,
  };
}

function inMemory(all: Uint8Array, range?: ByteRange): BlobBody {
  const part = (range ? all.subarray(range.start, range.end + 1) : all) as Bytes;
  // One chunk, no copy: fileResponse sends it as the body itself.
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(part);
      controller.close();
    },
  });
  return { size: all.byteLength, stream };
}

/** Bytes on an ArrayBuffer (never shared memory: what streams and sharp hand out), as a body takes them. */
type Bytes = Uint8Array<ArrayBuffer>;

/** The first bytes tell a file's format (lib/images/sniff.ts needs 12). */
const HEAD = 16;

export async function fileResponse(
  request: Request,
  source: FileSource,
  headers: Record<string, string>,
  label: (head: Uint8Array) => Record<string, string>,
): Promise<Response> {
  const common = { ...headers, "Accept-Ranges": "bytes" };
  const rangeHeader = request.headers.get("range");
  if (rangeHeader && rangeStillApplies(request.headers.get("if-range"), headers.ETag ?? "")) {
    const size = await source.size();
    const range = requestedRange(rangeHeader, size);
    if (range === "unsatisfiable") return new Response(null, { status: 416, headers: { ...common, "Content-Range": `bytes */${size}` } });
    if (range) {
      const head = range.start === 0 ? null : await readAll((await source.open({ start: 0, end: Math.min(HEAD, size) - 1 })).stream);
      const body = await source.open(range);
      const { head: first, stream } = await peek(body.stream, HEAD);
      return new Response(stream, {
        status: 206,
        headers: { ...common, ...label(head ?? first), "Content-Range": `bytes ${range.start}-${range.end}/${size}`, "Content-Length": String(range.end - range.start + 1) },
      });
    }
  }
  const body = await source.open();
  const { head, stream } = await peek(body.stream, HEAD);
  return new Response(stream, { headers: { ...common, ...label(head), "Content-Length": String(body.size) } });
}

/**
 * The stream's first `n` bytes (fewer if it is shorter), and the whole stream still to send;
 * when the file came in one piece (a thumbnail read at once) that piece is the body itself.
 */
async function peek(source: ReadableStream<Uint8Array>, n: number): Promise<{ head: Uint8Array; stream: ReadableStream<Uint8Array> | Bytes }> {
  const reader = source.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      const all = concat(chunks, length);
      return { head: all.subarray(0, n), stream: all };
    }
    chunks.push(value);
    length += value.byteLength;
    if (length >= n && chunks.length > 1) break; // past the head, with one chunk read ahead
  }
  const read = [...chunks];
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = read.shift();
      if (next) return controller.enqueue(next);
      const { done, value } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return { head: concat(chunks, length).subarray(0, n), stream };
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function concat(chunks: Uint8Array[], length: number): Bytes {
  if (chunks.length === 1) return chunks[0]! as Bytes;
  const all = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return all;
}
