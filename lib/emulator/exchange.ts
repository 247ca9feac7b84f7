// One request/response pair: the headers every response carries (docs/images-api.md §5, §7.13), the log entry,
// and an abort signal that fires when the client goes away.
import type { IncomingMessage, ServerResponse } from "node:http";
import { randomBytes } from "node:crypto";
import type { ApiError, ErrorBody } from "./errors";
import type { RateWindow } from "./rate-limits";
import type { RequestRecord } from "./request-log";

export class Exchange {
  readonly requestId = `req_${randomBytes(16).toString("hex")}`;
  readonly started = Date.now();
  private readonly abort = new AbortController();
  /** The request log entry whose status this exchange fills in. */
  record?: RequestRecord;

  constructor(
    readonly req: IncomingMessage,
    readonly res: ServerResponse,
    private readonly rates: RateWindow,
  ) {
    // "close" before "finish" means the client disconnected (or the server is shutting down).
    res.on("close", () => {
      if (!res.writableFinished) this.abort.abort();
    });
  }

  get signal(): AbortSignal {
    return this.abort.signal;
  }

  /** True once the client is gone: nothing more should be computed or written. */
  get gone(): boolean {
    return this.abort.signal.aborted || this.res.destroyed;
  }

  writeHead(status: number, headers: Record<string, string>): void {
    if (this.record) this.record.status = status;
    this.res.writeHead(status, {
      "x-request-id": this.requestId,
      "openai-processing-ms": String(Date.now() - this.started),
      "openai-version": "2020-10-01",
      ...this.rates.headers(),
      ...headers,
    });
  }

  send(status: number, contentType: string, body: string | Buffer, headers: Record<string, string> = {}): void {
    if (this.gone) return;
    this.writeHead(status, { "content-type": contentType, "content-length": String(Buffer.byteLength(body)), ...headers });
    this.res.end(body);
  }

  sendJson(status: number, body: unknown, headers: Record<string, string> = {}): void {
    this.send(status, "application/json", JSON.stringify(body), headers);
  }

  sendError(err: ApiError): void {
    this.sendJson(err.status, err.envelope(), err.headers);
  }

  /** Server-sent events (docs/images-api.md §4, §7.8): one `event:` line, one `data:` line, a blank line. */
  startEvents(): void {
    this.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
  }

  event(type: string, data: unknown): void {
    if (!this.gone) this.res.write(`event: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  errorEvent(error: ErrorBody): void {
    this.event("error", { type: "error", error });
  }

  endEvents(): void {
    if (!this.gone) this.res.end();
  }
}

/** Reads the body to the end (bounded); over the limit the rest is drained, then it throws. */
export async function readBody(req: IncomingMessage, limit: number): Promise<{ bytes: Buffer; tooLarge: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > limit) tooLarge = true;
    else chunks.push(buf);
  }
  return { bytes: Buffer.concat(chunks), tooLarge };
}
