// `npm run blobs:check [-- --repair]`: compares the blob store with the database both ways and
// prints rows pointing at missing files and files no row references; --repair removes the
// orphans older than the grace period (10 minutes). Exits 0 unless the check itself failed.
// Safe beside a running server: a file is removed only after every table is asked again.
import { existsSync } from "node:fs";
import { checkBlobs } from "@/lib/storage/blob-check";
import { reportLines } from "@/lib/storage/blob-report";

// The server reads these through Next.js; the command must look at the same data folder.
for (const file of [".env.local", ".env"]) if (existsSync(file)) process.loadEnvFile(file);

checkBlobs({ repair: process.argv.includes("--repair") }).then(
  (check) => {
    console.log(reportLines(check).join("\n"));
    process.exit(0);
  },
  (err) => {
    console.error("The blob check failed:", err);
    process.exit(1);
  },
);
