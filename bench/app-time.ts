// The app's own time per generation, provider excluded: from the action's start (validate,
// insert, queue) to the rows and files committed, for one 1024×1024 PNG from the emulator at
// zero latency. Runs the real code in-process against a fresh SQLite file.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fmtMs, summarize } from "./stats";

const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const WARMUP = 5;

export async function benchAppTime(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "fresco-bench-"));
  process.env.FRESCO_DATA_DIR = dir;
  process.env.FRESCO_EMULATOR_LATENCY_MS = "0";
  process.env.FRESCO_EMULATOR_PORT = "0";
  process.env.FRESCO_RATE_LIMIT_PER_MINUTE = "0"; // one person sends every run within a minute
  delete process.env.OPENAI_API_KEY;
  delete process.env.DATABASE_URL;
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env: process.env, stdio: "ignore" });

  const { submitGeneration } = await import("@/lib/submissions/submit");
  const { subscribeTeam } = await import("@/lib/jobs/events");
  const { startRunner } = await import("@/lib/jobs/runner");
  const { prisma } = await import("@/lib/db/client");
  const { createTeamWithOwner } = await import("@/lib/db/teams");
  const user = await prisma.user.create({ data: { email: "bench@fresco.local", name: "Bench" } });
  const who = { teamId: await createTeamWithOwner(user.id, "Bench"), userId: user.id };
  startRunner(); // what lib/boot.ts does on a server's start

  const appMs: number[] = [];
  const providerMs: number[] = [];
  for (let i = 0; i < RUNS + WARMUP; i++) {
    const started = performance.now();
    const { id } = await submitGeneration(who, {
      // A distinct prompt per run: the emulator is deterministic, so identical requests would
      // deduplicate in the content-addressed store and skip the file writes being measured.
      params: {
        model: "gpt-image-1-mini",
        prompt: `bench run ${i}: a quiet harbour at dusk`,
        n: 1,
        size: "1024x1024",
        quality: "low",
        background: "auto",
        moderation: "auto",
        output_format: "png",
        stream: false,
        partial_images: 0,
      },
      idempotencyKey: crypto.randomUUID(),
    });
    // The job needs I/O before it can finish, so subscribing right after submit misses nothing.
    await new Promise<void>((resolve) => {
      const off = subscribeTeam(who.teamId, (e) => {
        if (e.generationId === id && e.type === "finished") {
          off();
          resolve();
        }
      });
    });
    const total = performance.now() - started;
    const row = await prisma.generation.findUniqueOrThrow({ where: { id } });
    if (row.status !== "succeeded") throw new Error(`run ${i} ended ${row.status}: ${row.errorMessage}`);
    if (i >= WARMUP) {
      appMs.push(total - (row.providerMs ?? 0));
      providerMs.push(row.providerMs ?? 0);
    }
  }
  const app = summarize(appMs);
  const prov = summarize(providerMs);
  console.log(`App time per generation (1024×1024 PNG, provider excluded), ${app.n} runs:`);
  console.log(`  median ${fmtMs(app.median)}   p95 ${fmtMs(app.p95)}   min ${fmtMs(app.min)}   max ${fmtMs(app.max)}   (target: median ≤ 50 ms)`);
  console.log(`  (emulator round trip at 0 latency, for reference: median ${fmtMs(prov.median)})`);
  await prisma.$disconnect();
  rmSync(dir, { recursive: true, force: true });
}
