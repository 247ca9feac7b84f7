// The one Prisma client of the process, on the libSQL adapter (SQLite file by default).
import "server-only";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "./url";

const globalForPrisma = globalThis as unknown as { frescoPrisma?: PrismaClient };

function createClient(): PrismaClient {
  return new PrismaClient({ adapter: new PrismaLibSQL({ url: databaseUrl() }) });
}

// Next.js dev mode re-evaluates modules on every change; one client per process keeps
// SQLite from seeing a crowd of connections.
export const prisma: PrismaClient = globalForPrisma.frescoPrisma ?? createClient();
globalForPrisma.frescoPrisma = prisma;
