// Whether the database has every migration this build ships (for /api/ready): the folder names
// under prisma/migrations (SQLite) or prisma/postgresql/migrations, against Prisma's own table.
import "server-only";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { prisma } from "./client";
import { dialect } from "./dialect";

/** How many shipped migrations the database lacks; null when this build has no migrations folder to compare. */
export async function pendingMigrations(root = process.cwd()): Promise<number | null> {
  const dir = path.join(root, "prisma", ...(dialect() === "postgresql" ? ["postgresql"] : []), "migrations");
  if (!existsSync(dir)) return null;
  const shipped = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  const applied = await prisma.$queryRawUnsafe<{ migration_name: string }[]>(
    `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const done = new Set(applied.map((r) => r.migration_name));
  return shipped.filter((name) => !done.has(name)).length;
}
