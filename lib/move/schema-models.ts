// The data model as the move needs it, read from prisma/schema.prisma (the one source of the
// model): each table's key, its Json fields, and the order that puts every row after the rows
// it points at. A relation that closes a cycle (a refinement's generation points at an image
// of an earlier generation; a reply at its comment) is "deferred": its rows go in with that
// reference empty, and the reference is filled in once every row is there.
import { readFileSync } from "node:fs";
import path from "node:path";

export interface MoveModel {
  name: string;
  /** The primary key's fields (one, or several for a compound key). */
  key: string[];
  jsonFields: string[];
  /** Foreign-key fields filled in after every row of every table is in. */
  deferred: string[];
}

interface Field {
  name: string;
  type: string;
  optional: boolean;
  relationFields: string[];
}

export function readModels(schemaFile = path.join(process.cwd(), "prisma", "schema.prisma")): { name: string; key: string[]; fields: Field[] }[] {
  const text = readFileSync(schemaFile, "utf8").replace(/\/\/.*$/gm, "");
  return [...text.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)].map(([, name, body]) => {
    const fields: Field[] = [];
    let key: string[] = [];
    for (const line of body!.split("\n").map((l) => l.trim())) {
      const compound = line.match(/^@@id\(\[([^\]]+)\]/);
      if (compound) key = compound[1]!.split(",").map((f) => f.trim());
      const m = line.match(/^(\w+)\s+(\w+)(\[\])?(\?)?(.*)$/);
      if (!m) continue;
      const [, fieldName, type, , optional, attributes] = m;
      if (/(^|\s)@id\b/.test(attributes!)) key = [fieldName!];
      const relation = attributes!.match(/@relation\([^)]*fields:\s*\[([^\]]+)\]/);
      fields.push({ name: fieldName!, type: type!, optional: Boolean(optional), relationFields: relation ? relation[1]!.split(",").map((f) => f.trim()) : [] });
    }
    return { name: name!, key, fields };
  });
}

/** `models` ordered so each table comes after those it points at, with the deferred references. */
export function moveOrder(models = readModels()): MoveModel[] {
  const byName = new Map(models.map((m) => [m.name, m]));
  const deferred = new Map(models.map((m) => [m.name, [] as string[]]));
  const after = new Map(models.map((m) => [m.name, new Set<string>()])); // table → tables it points at
  const dependsOn = (from: string, to: string, seen = new Set<string>()): boolean =>
    from === to || [...after.get(from)!].some((next) => !seen.has(next) && (seen.add(next), dependsOn(next, to, seen)));
  const relations = models.flatMap((m) =>
    m.fields.filter((f) => f.relationFields.length > 0).map((f) => ({ from: m.name, to: f.type, fields: f.relationFields, optional: m.fields.filter((s) => f.relationFields.includes(s.name)).every((s) => s.optional) })),
  );
  // Required references first: they decide the order. An optional one that would close a cycle waits.
  for (const r of [...relations.filter((r) => !r.optional), ...relations.filter((r) => r.optional)]) {
    if (!dependsOn(r.to, r.from)) after.get(r.from)!.add(r.to);
    else if (r.optional) deferred.get(r.from)!.push(...r.fields);
    else throw new Error(`${r.from} → ${r.to} closes a cycle of required references.`);
  }
  const order: string[] = [];
  const visit = (name: string) => {
    if (order.includes(name)) return;
    for (const to of after.get(name)!) visit(to);
    order.push(name);
  };
  models.forEach((m) => visit(m.name));
  return order.map((name) => {
    const model = byName.get(name)!;
    return { name, key: model.key, jsonFields: model.fields.filter((f) => f.type === "Json").map((f) => f.name), deferred: deferred.get(name)! };
  });
}
