// Prisma CLI configuration: the JS (wasm) engine through the libSQL adapter, so that
// migrate and generate run with no native engine download.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { databaseUrl } from "./lib/db/url";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  engine: "js",
  experimental: { adapter: true },
  adapter: async () => new PrismaLibSQL({ url: databaseUrl() }),
});
