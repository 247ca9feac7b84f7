// The registry of blob key columns is complete: every column of the schema that holds a blob
// key is in it (a table added later that stores a key fails here until it adds its line),
// and every line names a real column that the reference queries read.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prisma } from "./client";
import { BLOB_KEY_COLUMNS, keysOfGenerations, referencedKeys } from "./blob-references";

/** String fields named like a storage key; ids and tokens named otherwise are not blob keys. */
const NOT_BLOB_KEYS = new Set(["Generation.idempotencyKey"]);

function keyFieldsInSchema(): string[] {
  const schema = readFileSync(path.resolve("prisma/schema.prisma"), "utf8");
  const fields: string[] = [];
  for (const [, model, body] of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    for (const [, field] of body!.matchAll(/^\s+(\w+Key)\s+String\??/gm)) fields.push(`${model}.${field}`);
  }
  return fields.filter((f) => !NOT_BLOB_KEYS.has(f)).sort();
}

describe("BLOB_KEY_COLUMNS", () => {
  it("lists exactly the key columns of the schema", () => {
    expect(BLOB_KEY_COLUMNS.map((c) => `${c.table}.${c.column}`).sort()).toEqual(keyFieldsInSchema());
  });

  it("each column's keys are found by the reference queries", async () => {
    const team = await prisma.team.create({ data: { name: "T" } });
    const key = (i: number) => `${String(i).padStart(2, "0")}/00/${String(i).padStart(64, "0")}.png`;
    const file = (k: string) => ({ format: "png", width: 1, height: 1, bytes: 1, sha256: "0", storageKey: k });
    const generation = await prisma.generation.create({
      data: {
        teamId: team.id, kind: "edit", model: "m", prompt: "p", params: {},
        images: { create: [{ index: 0, ...file(key(1)), thumbnailKey: key(2), rawStorageKey: key(3), heatmapKey: key(6) }] },
        inputs: { create: [{ role: "image", index: 0, name: "a.png", ...file(key(4)) }] },
      },
    });
    const all = [1, 2, 3, 4, 6].map(key);
    expect([...(await referencedKeys([...all, key(5)]))].sort()).toEqual(all);
    expect((await keysOfGenerations([generation.id])).sort()).toEqual(all);
    expect(BLOB_KEY_COLUMNS).toHaveLength(all.length); // one row above per column
  });
});
