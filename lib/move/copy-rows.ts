// Copies every row of every table from one database to another through their Prisma clients
// (the embedded SQLite install's and the team deployment's PostgreSQL), ids and timestamps as
// they are, in dependency order (schema-models.ts). Re-runnable: a row already there and equal
// is left alone, one that differs is updated, a missing one is inserted; nothing in the target
// is ever deleted. Tables the target's triggers keep (sums of generations and reservations)
// are not copied but compared, so a move also proves those triggers agree with the source.
import type { MoveModel } from "./schema-models";

type Row = Record<string, unknown>;
interface Delegate {
  findMany(args: object): Promise<Row[]>;
  createMany(args: { data: Row[] }): Promise<{ count: number }>;
  update(args: { where: Row; data: Row }): Promise<Row>;
  count(): Promise<number>;
}

/**
 * Kept by triggers in both databases (on Generation and BudgetReservation; ProjectStats on
 * Project, Generation and Image): compared, not copied.
 */
export const DERIVED_TABLES = ["TeamMonthSpend", "RecentPrompt", "UsageDay", "ProjectStats"];
/** The running servers of the source install: nothing to carry over. */
export const SKIPPED_TABLES = ["Instance"];

export interface TableReport {
  table: string;
  source: number;
  target: number;
  inserted: number;
  updated: number;
  /** Kept by the target's own triggers; `matches` says whether its rows equal the source's. */
  derived: boolean;
  matches: boolean;
}

const PAGE = 500;

const delegate = (client: object, table: string) => (client as Record<string, Delegate>)[table[0]!.toLowerCase() + table.slice(1)]!;
const pick = (row: Row, fields: string[]) => Object.fromEntries(fields.map((f) => [f, row[f]]));
const omit = (row: Row, fields: string[]) => Object.fromEntries(Object.entries(row).filter(([f]) => !fields.includes(f)));
/** Prisma's where for one row: `{ id }`, or `{ a_b: { a, b } }` for a compound key. */
const whereOne = (m: MoveModel, row: Row) => (m.key.length === 1 ? pick(row, m.key) : { [m.key.join("_")]: pick(row, m.key) });
const keyOf = (m: MoveModel, row: Row) => JSON.stringify(m.key.map((k) => normal(row[k])));

/** A value as text that compares equal across the two databases (dates, big integers, decimals, JSON key order). */
export function normal(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "bigint") return `${v}n`;
  if (v instanceof Uint8Array) return Buffer.from(v).toString("base64");
  if (Array.isArray(v)) return v.map(normal);
  if (typeof v === "object" && "toDecimalPlaces" in v) return String(v); // Prisma's Decimal
  if (typeof v === "object") return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, normal(x)]));
  return v;
}
const same = (a: Row, b: Row) => JSON.stringify(normal(a)) === JSON.stringify(normal(b));

async function* pages(client: object, m: MoveModel): AsyncGenerator<Row[]> {
  for (let skip = 0; ; skip += PAGE) {
    const rows = await delegate(client, m.name).findMany({ orderBy: m.key.map((k) => ({ [k]: "asc" })), skip, take: PAGE });
    if (rows.length > 0) yield rows;
    if (rows.length < PAGE) return;
  }
}

async function targetRows(target: object, m: MoveModel, rows: Row[]): Promise<Map<string, Row>> {
  const where = m.key.length === 1 ? { [m.key[0]!]: { in: rows.map((r) => r[m.key[0]!]) } } : { OR: rows.map((r) => pick(r, m.key)) };
  const found = await delegate(target, m.name).findMany({ where });
  return new Map(found.map((r) => [keyOf(m, r), r]));
}

/**
 * Copies one table's rows, its deferred references left empty on insert (fillDeferred sets
 * them). `jsonNull` is the target client's Prisma.DbNull: a Json column written empty.
 */
export async function copyTable(source: object, target: object, m: MoveModel, jsonNull: unknown): Promise<{ inserted: number; updated: number }> {
  const writable = (row: Row) => Object.fromEntries(Object.entries(row).map(([f, v]) => [f, v === null && m.jsonFields.includes(f) ? jsonNull : v]));
  let [inserted, updated] = [0, 0];
  for await (const rows of pages(source, m)) {
    const there = await targetRows(target, m, rows);
    const fresh = rows.filter((r) => !there.has(keyOf(m, r)));
    if (fresh.length > 0) {
      const blanks = Object.fromEntries(m.deferred.map((f) => [f, null]));
      inserted += (await delegate(target, m.name).createMany({ data: fresh.map((r) => writable({ ...r, ...blanks })) })).count;
    }
    for (const row of rows) {
      const old = there.get(keyOf(m, row));
      if (!old || same(omit(row, m.deferred), omit(old, m.deferred))) continue;
      await delegate(target, m.name).update({ where: whereOne(m, row), data: writable(omit(row, [...m.key, ...m.deferred])) });
      updated++;
    }
  }
  return { inserted, updated };
}

/** The second pass: the references that closed a cycle, now that every row is in. Returns how many rows changed. */
export async function fillDeferred(source: object, target: object, m: MoveModel): Promise<number> {
  if (m.deferred.length === 0) return 0;
  let changed = 0;
  for await (const rows of pages(source, m)) {
    const there = await targetRows(target, m, rows);
    for (const row of rows) {
      const old = there.get(keyOf(m, row));
      if (old && same(pick(row, m.deferred), pick(old, m.deferred))) continue;
      await delegate(target, m.name).update({ where: whereOne(m, row), data: pick(row, m.deferred) });
      changed++;
    }
  }
  return changed;
}

export const countRows = (client: object, table: string) => delegate(client, table).count();

/** Whether a derived table holds the same rows in both (its own ids aside: each database numbers them). */
export async function sameDerivedRows(source: object, target: object, table: string): Promise<boolean> {
  const all = async (client: object) => (await delegate(client, table).findMany({})).map((r) => JSON.stringify(normal(omit(r, ["id"])))).sort();
  const [a, b] = await Promise.all([all(source), all(target)]);
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
