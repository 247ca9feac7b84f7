// The relay quirks a fault can put into a successful response (docs/images-api.md §3): a url instead of
// b64_json, a data: prefix, a truncated payload, missing or chat-style usage.
import type { FaultName } from "./faults";
import type { FileStore } from "./file-store";
import type { StreamedUsage } from "./tokens";

export type ImageDatum = { b64_json: string } | { url: string };

export interface ShapeContext {
  faults: ReadonlySet<FaultName>;
  files: FileStore;
  /** e.g. http://127.0.0.1:4010, taken from the request's Host so the url works for the caller. */
  origin: string;
}

export function shapeImage(bytes: Buffer, mime: string, ctx: ShapeContext): ImageDatum {
  if (ctx.faults.has("url")) {
    return { url: `${ctx.origin}/v1/_files/${ctx.files.put(bytes, mime)}` };
  }
  let b64 = bytes.toString("base64");
  // Cut mid-payload and off the 4-char grid, so it decodes neither as base64 nor as an image.
  if (ctx.faults.has("truncated-b64")) b64 = b64.slice(0, Math.floor(b64.length / 2) - 1);
  if (ctx.faults.has("data-prefix")) b64 = `data:${mime};base64,${b64}`;
  return { b64_json: b64 };
}

/** The usage field to send, or undefined to leave it out. */
export function shapeUsage(usage: StreamedUsage, faults: ReadonlySet<FaultName>): object | undefined {
  if (faults.has("no-usage")) return undefined;
  if (faults.has("chat-usage")) {
    return {
      prompt_tokens: usage.input_tokens,
      completion_tokens: usage.output_tokens,
      total_tokens: usage.total_tokens,
    };
  }
  return usage;
}

/** A JSON text cut in the middle of the first image: what a relay dropping the connection sends. */
export function malformed(json: string): string {
  return json.slice(0, Math.max(1, Math.floor(json.length / 2)));
}
