// Brings a database to this version's schema with the project's own migrations (prisma migrate
// deploy; prisma.config.ts picks the SQLite or the PostgreSQL folder by the URL), as npm start does.
import { execFileSync } from "node:child_process";
import path from "node:path";

export function migrateDatabase(url: string): void {
  execFileSync(path.join(process.cwd(), "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "ignore", "inherit"],
  });
}
