// The projects migration's backfill, on a database as it was just before it: each member's
// work goes into their own default project, and work of someone no longer in the team into
// one "Earlier work" project.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient, type Client } from "@libsql/client";
import { beforeAll, describe, expect, it } from "vitest";

const MIGRATION = "20261130070000_projects_and_working_state";
const dir = path.resolve("prisma/migrations");
const migrations = readdirSync(dir).filter((name) => /^\d{14}_/.test(name)).sort();

let db: Client;

async function apply(name: string) {
  await db.executeMultiple(readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
}

async function insert(table: string, row: Record<string, string | null>) {
  const columns = Object.keys(row).map((c) => `"${c}"`).join(", ");
  await db.execute({ sql: `INSERT INTO "${table}" (${columns}) VALUES (${Object.keys(row).map(() => "?").join(", ")})`, args: Object.values(row) });
}

const generation = (id: string, teamId: string, createdById: string | null) => ({
  id, teamId, createdById, kind: "generate", model: "gpt-image-1-mini", prompt: id, params: "{}", status: "succeeded",
});

beforeAll(async () => {
  db = createClient({ url: `file:${path.join(mkdtempSync(path.join(os.tmpdir(), "fresco-backfill-")), "before.db")}` });
  for (const name of migrations.filter((m) => m < MIGRATION)) await apply(name);
  await insert("User", { id: "u-ada", email: "ada@example.test", name: "Ada" });
  await insert("User", { id: "u-bo", email: "bo@example.test", name: null });
  await insert("User", { id: "u-cy", email: "cy@example.test", name: "Cy" });
  await insert("Team", { id: "t1", name: "Studio" });
  await insert("Team", { id: "t2", name: "Empty" });
  await insert("Membership", { id: "m-ada", teamId: "t1", userId: "u-ada", role: "owner" });
  await insert("Membership", { id: "m-bo", teamId: "t1", userId: "u-bo", role: "member" });
  await insert("Membership", { id: "m-ada2", teamId: "t2", userId: "u-ada", role: "owner" });
  await insert("Generation", generation("g-ada", "t1", "u-ada"));
  await insert("Generation", generation("g-bo", "t1", "u-bo"));
  await insert("Generation", generation("g-cy", "t1", "u-cy")); // Cy has left the team
  await insert("Generation", generation("g-gone", "t1", null)); // an account since deleted
  await apply(MIGRATION);
});

const projectOf = async (generationId: string) => {
  const { rows } = await db.execute({
    sql: `SELECT p."name", p."teamId", p."defaultForId" FROM "Generation" g JOIN "Project" p ON p."id" = g."projectId" WHERE g."id" = ?`,
    args: [generationId],
  });
  return rows[0] ? { name: rows[0].name, teamId: rows[0].teamId, defaultForId: rows[0].defaultForId } : null;
};

describe(`migration ${MIGRATION}`, () => {
  it("puts each member's work into their default project in that team", async () => {
    expect(await projectOf("g-ada")).toEqual({ name: "Ada's project", teamId: "t1", defaultForId: "u-ada" });
    // Without a name, the email names it.
    expect(await projectOf("g-bo")).toEqual({ name: "bo@example.test's project", teamId: "t1", defaultForId: "u-bo" });
  });

  it("puts work of people no longer in the team into one Earlier work project of that team", async () => {
    expect(await projectOf("g-cy")).toEqual({ name: "Earlier work", teamId: "t1", defaultForId: null });
    expect(await projectOf("g-gone")).toEqual(await projectOf("g-cy"));
  });

  it("gives every member a default project in each of their teams, and leaves no generation outside one", async () => {
    const { rows } = await db.execute(`SELECT "teamId", "defaultForId" FROM "Project" WHERE "defaultForId" IS NOT NULL ORDER BY "teamId", "defaultForId"`);
    expect(rows.map((r) => `${r.teamId}/${r.defaultForId}`)).toEqual(["t1/u-ada", "t1/u-bo", "t2/u-ada"]);
    const orphans = await db.execute(`SELECT COUNT(*) AS n FROM "Generation" WHERE "projectId" IS NULL`);
    expect(Number(orphans.rows[0]!.n)).toBe(0);
    const earlier = await db.execute(`SELECT COUNT(*) AS n FROM "Project" WHERE "name" = 'Earlier work'`);
    expect(Number(earlier.rows[0]!.n)).toBe(1); // none for t2, which had no such work
  });
});
