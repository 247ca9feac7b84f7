// Prisma CLI configuration: the JS (wasm) engine through a driver adapter, so that migrate and
// generate run with no native engine download. DATABASE_URL picks the database: a PostgreSQL
// URL uses prisma/postgresql (its schema twin and migrations), anything else the SQLite file.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { cliPgAdapter } from "./lib/db/pg-cli-adapter";
import { databaseUrl, isPostgresUrl } from "./lib/db/url";

const url = databaseUrl();
const folder = isPostgresUrl(url) ? path.join("prisma", "postgresql") : "prisma";

export default defineConfig({
  schema: path.join(folder, "schema.prisma"),
  migrations: { path: path.join(folder, "migrations") },
  engine: "js",
  experimental: { adapter: true },
  adapter: async () => (isPostgresUrl(url) ? cliPgAdapter(url) : new PrismaLibSQL({ url })),
});
