// The PostgreSQL schema is written from the SQLite one (scripts/pg-schema.mjs): a model changed
// in prisma/schema.prisma without re-running the script would leave PostgreSQL behind.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pgSchemaPath, postgresSchema, sqliteSchemaPath } from "./pg-schema.mjs";

describe("prisma/postgresql/schema.prisma", () => {
  it("is prisma/schema.prisma with only the provider, url and client folder changed (run `npm run db:pg-schema`)", () => {
    expect(readFileSync(pgSchemaPath, "utf8")).toBe(postgresSchema(readFileSync(sqliteSchemaPath, "utf8")));
  });

  it("names PostgreSQL and its own client folder", () => {
    const text = postgresSchema(readFileSync(sqliteSchemaPath, "utf8"));
    expect(text).toMatch(/provider = "postgresql"/);
    expect(text).toMatch(/output\s*= "\.\.\/\.\.\/lib\/generated\/prisma-pg"/);
    expect(text).not.toMatch(/sqlite/);
  });
});
