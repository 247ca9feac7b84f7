// How a drift check reads: one line for the server log on start, the full lists for
// `npm run blobs:check`.
import type { BlobCheck } from "./blob-check";

/** One line for the server log. */
export function describeCheck(c: BlobCheck): string {
  const parts = [`${c.files} files`, `${c.missing.length} row(s) pointing at missing files`, `${c.orphans.length} orphan file(s)`];
  if (c.repaired) {
    const young = c.orphans.filter((o) => o.young).length;
    const kept = c.orphans.length - c.removed.length;
    parts.push(`${c.removed.length} removed`);
    if (kept > 0) parts.push(`${kept} kept${young > 0 ? ` (${young} younger than the grace period)` : ""}`);
  }
  const hint = c.missing.length > 0 ? "; `npm run blobs:check` lists them" : "";
  return `[fresco] blob check: ${parts.join(", ")}${hint}`;
}

/** Both lists and their counts, as the command prints them. */
export function reportLines(c: BlobCheck): string[] {
  const removed = new Set(c.removed);
  const lines = [`${c.files} files in the blob store, ${c.references} references in the database.`, ""];
  lines.push(`Rows pointing at missing files: ${c.missing.length}${c.missing.length > 0 ? " (the bytes are gone; these rows cannot be repaired)" : ""}`);
  for (const m of c.missing) lines.push(`  ${m.table}.${m.column}  id ${m.id}  ${m.key}`);
  lines.push("", `Files no row references: ${c.orphans.length}`);
  for (const o of c.orphans) {
    const state = removed.has(o.key) ? "removed" : o.young ? "kept: younger than the grace period" : c.repaired ? "kept: in use again" : "orphan";
    lines.push(`  ${o.key}  ${o.bytes} bytes  modified ${o.modifiedAt.toISOString()}  ${state}`);
  }
  if (c.staleTemps.length > 0) lines.push("", `Temp files of unfinished writes: ${c.staleTemps.length}${c.repaired ? " (removed)" : ""}`);
  if (!c.repaired && c.orphans.some((o) => !o.young)) lines.push("", "Run with --repair to remove the orphans older than the grace period.");
  lines.push("", `${c.missing.length} missing, ${c.orphans.length} orphans, ${c.removed.length} removed.`);
  return lines;
}
