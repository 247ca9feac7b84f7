// A multipart body as the object the specification describes: text fields as they came (the
// validator coerces them), each file part as a file mark, `name[]` parts as a list. A name sent
// twice without `[]` becomes a list too, so the schema sees the repeat instead of one value.
import busboy from "busboy";
import { fileMark } from "./spec";

export interface DecodedForm {
  value: Record<string, unknown>;
  /** The names that came as file parts (without `[]`). */
  files: Set<string>;
}

export function decodeMultipart(contentType: string, body: Buffer): Promise<DecodedForm> {
  return new Promise((resolve, reject) => {
    const value: Record<string, unknown> = {};
    const files = new Set<string>();
    const put = (name: string, item: string) => {
      const key = name.endsWith("[]") ? name.slice(0, -2) : name;
      const had = value[key];
      if (name.endsWith("[]")) value[key] = [...(Array.isArray(had) ? had : had === undefined ? [] : [had]), item];
      else value[key] = had === undefined ? item : [...(Array.isArray(had) ? had : [had]), item];
      return key;
    };
    const bb = busboy({ headers: { "content-type": contentType }, limits: { fieldSize: Infinity } });
    bb.on("field", (name, text) => void put(name, text));
    bb.on("file", (name, stream, info) => {
      let bytes = 0;
      stream.on("data", (chunk: Buffer) => (bytes += chunk.length));
      stream.on("end", () => files.add(put(name, fileMark(info.filename ?? "", info.mimeType, bytes))));
    });
    bb.on("close", () => resolve({ value, files }));
    bb.on("error", reject);
    bb.end(body);
  });
}
