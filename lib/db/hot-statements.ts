// The few reads that run on every request (the door's session and membership, the image route's
// file), prepared once per process instead of going through the ORM each time. Through Prisma,
// even a raw statement is compiled by its query compiler and prepared afresh by the driver: on
// SQLite that was most of an image request's CPU (bench/speed.ts, issue 15). Here, on the
// embedded database, each statement is prepared once on a read-only connection of its own and
// then only bound and stepped. The reads still see every commit the moment it is made (the
// database runs in WAL mode: lib/db/journal.ts), so nothing is cached: a sign-out or a removal
// holds from the very next request.
// On PostgreSQL the same statements go through Prisma's pool (the server prepares and plans).
import "server-only";
import Database from "libsql";
import { prisma } from "./client";
import { placeholders } from "./dialect";
import { databaseUrl, isPostgresUrl } from "./url";

type Connection = Database.Database;
type Statement = Database.Statement;

interface Embedded {
  url: string;
  db: Connection;
  statements: Map<string, Statement>;
}
const globalHot = globalThis as unknown as { frescoHotReads?: Embedded };

/** The read connection to the database the process uses now (a test may switch it). */
function embedded(url: string): Embedded {
  const open = globalHot.frescoHotReads;
  if (open?.url === url) return open;
  open?.db.close();
  const db = new Database(url.replace(/^file:/, ""));
  // Reads only: a write through this connection would bypass the ORM's transactions.
  db.exec("PRAGMA query_only = ON");
  return (globalHot.frescoHotReads = { url, db, statements: new Map() });
}

/**
 * The rows of `sql` (written with `?` placeholders, each argument a string or number) on the
 * configured database. For the per-request reads only: anything else goes through Prisma.
 */
export async function hotRead<Row>(sql: string, args: (string | number)[]): Promise<Row[]> {
  const url = databaseUrl();
  if (isPostgresUrl(url)) return prisma.$queryRawUnsafe<Row[]>(placeholders(sql), ...args);
  const { db, statements } = embedded(url);
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = db.prepare(sql)));
  return statement.all(...args) as Row[];
}
