// Issue 15's cost table: the server's time per generation (submit → rows and files committed →
// the finished view read for the tab's stream), wall clock and CPU, against the size of the
// gallery (1k, 10k, 100k generations seeded by FLAT's shared seeder, bench/seed-fresco.ts) and
// against how many generations run at once (1, 8, 40, from five people). In-process, against a
// standalone emulator at 0 latency, so the provider's own work is not counted.
// `npx tsx --conditions=react-server bench/speed-scale.ts [--sizes 1000,10000,100000]`
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { seedFresco } from "./seed-fresco";
import { startEmulator } from "./speed-stack";
import { summarize } from "./stats";

const EMULATOR_PORT = 3767;
const CONCURRENCY = (process.env.BENCH_SCALE_CONCURRENCY ?? "1,8,40").split(",").map(Number);

/** One size, in a process of its own (one Prisma client per database). */
async function measureSize(generations: number, provider: string): Promise<void> {
  const dataDir = `/tmp/fresco/speed/scale-${generations}`;
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  Object.assign(process.env, { FRESCO_DATA_DIR: dataDir, OPENAI_API_KEY: "bench-key", OPENAI_BASE_URL: provider, FRESCO_RATE_LIMIT_PER_MINUTE: "0" });
  delete process.env.DATABASE_URL;
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env: process.env, stdio: "ignore" });
  const seeded = await seedFresco({ dataDir, generations });
  const { submitGeneration } = await import("@/lib/submissions/submit");
  const { subscribeTeam } = await import("@/lib/jobs/events");
  const { startRunner } = await import("@/lib/jobs/runner");
  const { getGeneration } = await import("@/lib/db/queries");
  startRunner();
  const authors = seeded.people.filter((p) => p.role !== "viewer");

  const cells: string[] = [];
  for (const n of CONCURRENCY) {
    const rounds = n === 1 ? 12 : 2;
    const walls: number[] = [];
    let cpu = 0;
    for (let round = 0; round < rounds + 1; round++) {
      const c0 = process.cpuUsage();
      const done = await Promise.all(
        Array.from({ length: n }, async (_, i) => {
          const who = { teamId: seeded.teamId, userId: authors[i % authors.length]!.userId };
          const started = performance.now();
          const { id } = await submitGeneration(who, {
            params: { model: "gpt-image-1-mini", prompt: `scale ${generations} ${n} ${round} ${i}: a harbour at dusk`, n: 1, size: "1024x1024", quality: "low", background: "auto", moderation: "auto", output_format: "png", stream: false, partial_images: 0 },
            idempotencyKey: crypto.randomUUID(),
          });
          await new Promise<void>((resolve) => {
            const off = subscribeTeam(seeded.teamId, (e) => e.generationId === id && e.type === "finished" && (off(), resolve()));
          });
          await getGeneration({ teamId: seeded.teamId, id }); // what the tab's stream reads and sends
          return performance.now() - started;
        }),
      );
      const used = process.cpuUsage(c0);
      if (round === 0) continue; // warm-up
      walls.push(...done);
      cpu += (used.user + used.system) / 1000;
    }
    const s = summarize(walls);
    cells.push(`${n} at once: ${Math.round(s.median)} / ${Math.round(s.p95)} ms, ${(cpu / walls.length).toFixed(1)} ms CPU`);
  }
  console.log(`  ${`${seeded.generations.toLocaleString("en")} generations (${seeded.images.toLocaleString("en")} images)`.padEnd(36)} ${cells.join("   ")}`);
  rmSync(dataDir, { recursive: true, force: true });
}

export async function benchSpeedScale(sizes = [1_000, 10_000, 100_000]): Promise<void> {
  const emulator = await startEmulator(EMULATOR_PORT);
  try {
    console.log("\nServer time per generation (submit → stored → finished view read; median / p95 wall, mean CPU), in-process, emulator apart at 0 latency:");
    for (const size of sizes) {
      execFileSync(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", __filename, "--one", String(size), emulator.url], { stdio: "inherit" });
    }
  } finally {
    emulator.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const one = process.argv.indexOf("--one");
  const sizesArg = process.argv.indexOf("--sizes");
  const run = one > 0 ? measureSize(Number(process.argv[one + 1]), process.argv[one + 2]!) : benchSpeedScale(sizesArg > 0 ? process.argv[sizesArg + 1]!.split(",").map(Number) : undefined);
  run.then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
