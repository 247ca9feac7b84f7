// Generations per minute and image-route throughput with one app instance and with two on one
// PostgreSQL (docs/deployment.md): the ratio says whether the shared queue scales.
//   FRESCO_TEST_POSTGRES_URL=postgresql://… FRESCO_TWO_INSTANCES_APP=<a built copy> \
//     npx tsx --conditions=react-server bench/instances.ts
// Each instance answers from its own offline emulator (FRESCO_EMULATOR_LATENCY_MS per image), so
// the figure is the queue's and the app's work, not a provider's. Ports 3725–3728, 127.0.0.1 only.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { authSecret, sessionCookie } from "../e2e/fixtures/session-cookie";
import { freshDatabase } from "../lib/testing/pg-database";
import { migrate, smallParams, startInstance, stop, submitThrough } from "../lib/testing/two-instances";

const PEOPLE = 8;
const EACH = 8; // 64 generations: 4 running per person, 8 per instance
const LATENCY_MS = 1500;
const IMAGE_SECONDS = 10;
const IMAGE_CONCURRENCY = 16;

/** One database for both runs: the test process's Prisma client is made once, for one address. */
async function run(count: 1 | 2, db: { url: string }) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "fresco-bench-"));
  const env = { DATABASE_URL: db.url, FRESCO_DATA_DIR: dataDir, FRESCO_EMULATOR_LATENCY_MS: String(LATENCY_MS), FRESCO_RATE_LIMIT_PER_MINUTE: "0" };
  const instances: Awaited<ReturnType<typeof startInstance>>[] = [];
  for (let i = 0; i < count; i++) instances.push(await startInstance({ port: 3725 + i, emulatorPort: 3727 + i, env }));
  const { prisma } = await import("../lib/db/client");
  const { makePerson, makeTeam } = await import("../lib/testing/people");
  try {
    const people = [];
    for (let i = 0; i < PEOPLE; i++) {
      const p = await makePerson(`Bench${count}x${i}`);
      await makeTeam(p, `Bench team ${i}`);
      const s = await prisma.session.findUniqueOrThrow({ where: { id: p.sessionId } });
      const c = await sessionCookie({ secret: authSecret(dataDir), baseURL: instances[0]!.url, sessionToken: s.sessionToken, expires: s.expires, user: { ...p.user, name: p.user.name ?? "" } });
      people.push(`${c.name}=${c.value}`);
    }
    const started = Date.now();
    const ids = await Promise.all(
      people.flatMap((cookie, p) => Array.from({ length: EACH }, (_, j) => submitThrough(instances[(p + j) % count]!, cookie, smallParams(`bench ${p}.${j}`)).then((r) => r.id!))),
    );
    for (;;) {
      const open = await prisma.generation.count({ where: { id: { in: ids }, status: { in: ["queued", "running"] } } });
      if (open === 0) break;
      if (Date.now() - started > 600_000) throw new Error(`${open} generations still open after 10 minutes`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const minutes = (Date.now() - started) / 60_000;
    const succeeded = await prisma.generation.count({ where: { id: { in: ids }, status: "succeeded" } });

    // The image route: thumbnails of the images just made, as many requests as answer in the time.
    const images = await prisma.image.findMany({ where: { generationId: { in: ids } }, select: { id: true, generation: { select: { createdById: true } } } });
    const cookieOf = new Map(await Promise.all(people.map(async (cookie, i) => [(await prisma.user.findFirstOrThrow({ where: { name: `Bench${count}x${i}` } })).id, cookie] as const)));
    let served = 0;
    const until = Date.now() + IMAGE_SECONDS * 1000;
    await Promise.all(
      Array.from({ length: IMAGE_CONCURRENCY }, async (_, w) => {
        for (let k = w; Date.now() < until; k += IMAGE_CONCURRENCY) {
          const image = images[k % images.length]!;
          const res = await fetch(`${instances[k % count]!.url}/api/images/${image.id}?variant=thumb`, { headers: { cookie: cookieOf.get(image.generation.createdById!)! } });
          await res.arrayBuffer();
          if (res.ok) served++;
        }
      }),
    );
    return { generationsPerMinute: ids.length / minutes, succeeded, total: ids.length, imagesPerSecond: served / IMAGE_SECONDS };
  } finally {
    await Promise.all(instances.map((i) => stop(i, "SIGTERM")));
  }
}

async function main() {
  console.log(`instances bench — ${new Date().toISOString()} — load ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores (shared with other work)`);
  const db = await freshDatabase("bench");
  process.env.DATABASE_URL = db.url;
  migrate(db.url);
  const one = await run(1, db);
  const two = await run(2, db).finally(() => db.drop());
  const line = (n: number, r: typeof one) =>
    `${n} instance${n > 1 ? "s" : " "}: ${r.generationsPerMinute.toFixed(0)} generations/min (${r.succeeded}/${r.total} succeeded, emulator ${LATENCY_MS} ms each), image route ${r.imagesPerSecond.toFixed(0)} thumbnails/s (${IMAGE_CONCURRENCY} at once)`;
  console.log(line(1, one));
  console.log(line(2, two));
  console.log(`ratio two/one: generations ×${(two.generationsPerMinute / one.generationsPerMinute).toFixed(2)}, image route ×${(two.imagesPerSecond / one.imagesPerSecond).toFixed(2)}`);
}

void main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
