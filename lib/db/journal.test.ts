// A reader in another process must not wedge the server: with the database in WAL mode, a
// commit made while another connection holds a read goes through, and the next query works.
// About SQLite's file locking only: on PostgreSQL readers never block writers, and it is skipped.
import { createClient } from "@libsql/client";
import { expect, it } from "vitest";
import { prisma } from "./client";
import { enableWriteAheadLog } from "./journal";
import { databaseUrl, isPostgresUrl } from "./url";

it.skipIf(isPostgresUrl())("a commit while another connection reads goes through, and the database keeps answering", async () => {
  await enableWriteAheadLog();
  const reader = createClient({ url: databaseUrl() });
  await reader.execute("BEGIN");
  await reader.execute("SELECT count(*) FROM Team"); // holds a read lock, as a backup would
  const team = await prisma.$transaction((tx) => tx.team.create({ data: { name: "written while read" } }));
  await reader.execute("COMMIT");
  reader.close();
  expect(await prisma.team.findUnique({ where: { id: team.id } })).toMatchObject({ name: "written while read" });
});
