// The one Prisma client of the process: on the libSQL adapter (the embedded SQLite file, the
// default) or, when DATABASE_URL names a PostgreSQL server, on the pg adapter.
import "server-only";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-pg/client";
import { QueryCompiler as PostgresCompiler } from "@prisma/client/runtime/query_compiler_bg.postgresql.mjs";
import { QueryCompiler as SqliteCompiler } from "@prisma/client/runtime/query_compiler_bg.sqlite.mjs";
import { cacheReadPlans } from "./plan-cache";
import { databaseUrl, isPostgresUrl } from "./url";

const globalForPrisma = globalThis as unknown as { frescoPrisma?: PrismaClient };

function createClient(): PrismaClient {
  const url = databaseUrl();
  if (isPostgresUrl(url)) {
    cacheReadPlans(PostgresCompiler);
    // The same models generated for PostgreSQL (prisma/postgresql/schema.prisma, kept equal by
    // a test): typed as the SQLite client so every query in lib/db is written once. Where the
    // two differ at run time (raw SQL), lib/db/dialect.ts says how.
    // Connections per process: several instances (and test files) share the server's limit.
    const max = Number(process.env.FRESCO_DB_POOL_SIZE) || 10;
    return new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url, max }) }) as unknown as PrismaClient;
  }
  cacheReadPlans(SqliteCompiler);
  // The embedded driver runs each query synchronously on the server's one JavaScript thread
  // (and the adapter runs them one at a time), so one slow query stalls every request. What
  // keeps that from happening (issue 18) is a bound, not a worker: every query behind a page or
  // route is bounded by what it shows, never by the history behind it — a LIMIT that an index
  // answers (keyset pages that seek: keyset.ts, gallery-query.ts), totals kept as work is made
  // (month-spend.ts, recent-prompts.ts, usage-days.ts), exports read a page at a time
  // (usage.ts), and fresh planner statistics (statistics.ts). bench/flat.ts measures it.
  // Integers come back as bigint: as plain numbers the driver throws on a sum past 2^53 (costs
  // are kept in pico-dollars, so about $9,007), and the adapter turns each into the field's type.
  return new PrismaClient({ adapter: new PrismaLibSQL({ url, intMode: "bigint" }) });
}

// Next.js dev mode re-evaluates modules on every change; one client per process keeps
// SQLite from seeing a crowd of connections.
export const prisma: PrismaClient = globalForPrisma.frescoPrisma ?? createClient();
globalForPrisma.frescoPrisma = prisma;
