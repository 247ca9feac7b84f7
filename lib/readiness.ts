// What /api/ready answers (docs/deployment.md): whether this instance should get requests. The
// database answers and has every migration this build ships, the blob store answers, and the
// instance has finished starting (lib/boot.ts) and is not stopping. Each check says only ok or what is wrong in a word: never an
// address, a name or an error text (those go to the log).
import "server-only";
import { prisma } from "@/lib/db/client";
import { pendingMigrations } from "@/lib/db/migrations-applied";
import { keyFor } from "@/lib/ports/blob-keys";
import { services } from "@/lib/services";
import { started, stopping } from "@/lib/shutdown";

export interface Readiness {
  ready: boolean;
  checks: { database: string; migrations: string; blobStore: string; instance: string };
}

/** A key nobody stores: asking for it tells whether the store answers, without reading a file. */
const PROBE_KEY = keyFor("0".repeat(64), "png");

export async function readiness(): Promise<Readiness> {
  const [database, migrations, blobStore] = await Promise.all([
    check("database", async () => void (await prisma.$queryRawUnsafe("SELECT 1"))).then((ok) => (ok ? "ok" : "unreachable")),
    pendingMigrations().then(
      (n) => (n === null ? "not checked" : n === 0 ? "ok" : `${n} pending`),
      (err: unknown) => (console.error("[ready] migrations check failed:", err), "unknown"),
    ),
    check("blob store", async () => void (await services().blobs.stat(PROBE_KEY))).then((ok) => (ok ? "ok" : "unreachable")),
  ]);
  const instance = stopping() ? "stopping" : started() ? "ok" : "starting";
  const ready = database === "ok" && (migrations === "ok" || migrations === "not checked") && blobStore === "ok" && instance === "ok";
  return { ready, checks: { database, migrations, blobStore, instance } };
}

async function check(what: string, probe: () => Promise<void>): Promise<boolean> {
  try {
    await probe();
    return true;
  } catch (err) {
    console.error(`[ready] the ${what} check failed:`, err);
    return false;
  }
}
