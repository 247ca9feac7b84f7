// Moving an embedded install (the SQLite file and the blob folder) into a team deployment
// (PostgreSQL and object storage): every table in dependency order, then the references that
// wait for a second pass, then the blobs; then the proof (rows per table, derived tables equal,
// the SHA-256 of every blob). `npm run move` (scripts/move-to-team.ts) runs it; it can be run
// again at any time, and a run that finds everything in place changes nothing.
import type { BlobStore } from "@/lib/ports/blob-store";
import { copyBlobs, type BlobReport } from "./copy-blobs";
import { DERIVED_TABLES, SKIPPED_TABLES, copyTable, countRows, fillDeferred, sameDerivedRows, type TableReport } from "./copy-rows";
import { moveOrder, type MoveModel } from "./schema-models";

export interface MoveEnd {
  /** A Prisma client of either database (they share the model). */
  db: object;
  blobs: BlobStore;
}

export interface MoveReport {
  tables: TableReport[];
  blobs: BlobReport;
  /** Nothing was written: the target held all of it already. */
  unchanged: boolean;
  /** Every count matches, every derived table equals, every blob verified. */
  verified: boolean;
}

/** `jsonNull`: the target client's Prisma.DbNull. `say` hears about each step as it finishes. */
export async function moveInstall(source: MoveEnd, target: MoveEnd, jsonNull: unknown, say: (line: string) => void = () => {}): Promise<MoveReport> {
  const models = moveOrder().filter((m) => !SKIPPED_TABLES.includes(m.name));
  const copied = models.filter((m) => !DERIVED_TABLES.includes(m.name));
  const written = new Map<string, { inserted: number; updated: number }>();
  for (const m of copied) {
    written.set(m.name, await copyTable(source.db, target.db, m, jsonNull));
    say(`rows: ${m.name}`);
  }
  for (const m of copied) written.get(m.name)!.updated += await fillDeferred(source.db, target.db, m);

  const blobs = await copyBlobs(source.blobs, target.blobs);
  say(`blobs: ${blobs.total}`);
  const tables = await Promise.all(models.map((m) => tableReport(source, target, m, written.get(m.name))));
  const unchanged = tables.every((t) => t.inserted === 0 && t.updated === 0) && blobs.copied === 0;
  const verified = tables.every((t) => t.matches) && blobs.problems.length === 0;
  return { tables, blobs, unchanged, verified };
}

async function tableReport(source: MoveEnd, target: MoveEnd, m: MoveModel, written?: { inserted: number; updated: number }): Promise<TableReport> {
  const [inSource, inTarget] = await Promise.all([countRows(source.db, m.name), countRows(target.db, m.name)]);
  const derived = !written;
  const matches = derived ? await sameDerivedRows(source.db, target.db, m.name) : inSource === inTarget;
  return { table: m.name, source: inSource, target: inTarget, inserted: written?.inserted ?? 0, updated: written?.updated ?? 0, derived, matches };
}

/** The report as lines for a person: one per table, the blobs, and the verdict. */
export function reportLines(r: MoveReport): string[] {
  const width = Math.max(...r.tables.map((t) => t.table.length));
  const lines = r.tables.map((t) => {
    const what = t.derived ? "kept by the database's triggers" : `${t.inserted} inserted, ${t.updated} updated`;
    return `${t.table.padEnd(width)}  ${String(t.source).padStart(7)} → ${String(t.target).padStart(7)}  ${what}${t.matches ? "" : "  ✗ DIFFERS"}`;
  });
  lines.push(`${"blobs".padEnd(width)}  ${String(r.blobs.total).padStart(7)}            ${r.blobs.copied} copied, ${r.blobs.kept} there already; SHA-256 checked for all`);
  lines.push(...r.blobs.problems.map((p) => `  ✗ ${p}`));
  lines.push(r.verified ? "Verified: every table's rows and every blob's SHA-256 match." : "NOT verified: see the lines marked ✗.");
  if (r.unchanged) lines.push("Nothing changed: the target held all of it already.");
  return lines;
}
