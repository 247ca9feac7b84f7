// What a downloaded file is called and how it is labelled: by the type its bytes show, never
// by a name someone chose. A person's "evil.html" that holds a PNG downloads as "evil.png".
import { mimeType, sniffFormat } from "./sniff";

export interface DownloadLabel {
  filename: string;
  contentType: string;
}

/** `stem` is a name without its extension; anything a header could not carry becomes "_". */
export function downloadLabel(bytes: Uint8Array, stem: string): DownloadLabel {
  const safeStem = stem.replace(/[^\w.\- ]/g, "_").replace(/^[.\s]+/, "").slice(0, 120) || "image";
  const format = sniffFormat(bytes);
  if (!format) return { filename: `${safeStem}.bin`, contentType: "application/octet-stream" };
  return { filename: `${safeStem}.${format}`, contentType: mimeType(format) };
}

/** A file name without its extension (the part after the last dot, if any). */
export function stemOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(0, dot) : name;
}

/** The Content-Disposition header for a download. */
export function attachment(label: DownloadLabel): string {
  return `attachment; filename="${label.filename}"`;
}
