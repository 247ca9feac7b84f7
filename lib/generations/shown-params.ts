// A generation's parameters as a person reads them: what was asked for and, where the provider
// made something else of it (an `auto`, or a relay that ignored a setting), what it used.
// No node-only imports: the studio's cards and the gallery's details both show these.

export interface UsedValues {
  size: string | null;
  quality: string | null;
  background: string | null;
  format: string | null;
}

// The parameters the provider echoes back, by the name each has in the request.
const ECHOED: Record<string, keyof UsedValues> = {
  size: "size",
  quality: "quality",
  background: "background",
  output_format: "format",
};

/** "1536x1024 (auto)" when the provider used another value than asked; else the value asked. */
export function shownParam(key: string, asked: unknown, used: UsedValues | null): string {
  const value = typeof asked === "boolean" ? (asked ? "yes" : "no") : String(asked ?? "auto");
  const echoed = ECHOED[key];
  const actual = echoed && used ? used[echoed] : null;
  return actual && actual !== value ? `${actual} (${value})` : value;
}

/**
 * The size that was made, as a card shows it: the first image's own pixels once there is one
 * (an edit's "auto" becomes what came back, mapped onto its base), with what was asked beside
 * it when that differs; before, the size as asked or as the provider said.
 */
export function shownSize(g: { params: Record<string, unknown>; resolved: UsedValues | null; images: { width: number; height: number }[] }): string {
  const image = g.images[0];
  if (!image) return shownParam("size", g.params.size, g.resolved);
  const made = `${image.width}x${image.height}`;
  const asked = String(g.params.size ?? "auto");
  return made === asked ? made : `${made} (${asked})`;
}
