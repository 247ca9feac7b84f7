// `npm run move -- --to postgresql://user:password@host:5432/fresco`: copies this embedded
// install (FRESCO_DATA_DIR's SQLite file and blob folder) into a team deployment: the
// PostgreSQL database named here and the S3 bucket of the FRESCO_S3_* variables. Both
// databases are migrated first. Safe to run again (docs/object-storage.md).
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaPg } from "@prisma/adapter-pg";
import { localBlobStore } from "@/lib/adapters/local-blob-store";
import { s3BlobStore, s3Settings } from "@/lib/adapters/s3-blob-store";
import { dataDir } from "@/lib/data-dir";
import { isPostgresUrl } from "@/lib/db/url";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { Prisma as PgPrisma, PrismaClient as PgPrismaClient } from "@/lib/generated/prisma-pg/client";
import { migrateDatabase } from "@/lib/move/migrate";
import { moveInstall, reportLines } from "@/lib/move/move-install";

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { to: { type: "string" } } });
  const to = values.to ?? "";
  if (!isPostgresUrl(to)) fail("Name the PostgreSQL database to move into: npm run move -- --to postgresql://user:password@host:5432/fresco");
  const e = env();
  if (!e.FRESCO_S3_BUCKET) fail("Set FRESCO_S3_BUCKET (and FRESCO_S3_ENDPOINT for R2, MinIO and the like) to the bucket the images go to: see docs/object-storage.md.");
  const file = path.join(dataDir(), "fresco.db");
  if (!existsSync(file)) fail(`There is no embedded install at ${file}: set FRESCO_DATA_DIR to the folder that holds fresco.db and blobs/.`);

  console.log(`Moving ${dataDir()} into ${new URL(to).host}${new URL(to).pathname} and bucket ${e.FRESCO_S3_BUCKET}…`);
  const source = `file:${file}`;
  migrateDatabase(source);
  migrateDatabase(to);
  const sourceDb = new PrismaClient({ adapter: new PrismaLibSQL({ url: source }) });
  const targetDb = new PgPrismaClient({ adapter: new PrismaPg({ connectionString: to }) });
  try {
    const report = await moveInstall(
      { db: sourceDb, blobs: localBlobStore(path.join(dataDir(), "blobs")) },
      { db: targetDb, blobs: s3BlobStore(s3Settings(e)) },
      PgPrisma.DbNull,
      (step) => console.log(`  ${step}`),
    );
    console.log(["", ...reportLines(report)].join("\n"));
    return report.verified ? 0 : 1;
  } finally {
    await Promise.all([sourceDb.$disconnect(), targetDb.$disconnect()]);
  }
}

// The server reads these through Next.js; the command must see the same data folder and bucket.
for (const file of [".env.local", ".env"]) if (existsSync(file)) process.loadEnvFile(file);

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error("The move failed:", err);
    process.exit(1);
  },
);
