// A project with 500 versions (chains with branches, a third of them masked edits, 1–4
// candidates each, beside 2,000 steps of another project): the server time of projectHistory
// and the time to build its tree and rows, in-process against a fresh SQLite file.
// Target: the data in ≤ 100 ms.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { planTree } from "./history-seed";
import { fmtMs, summarize } from "./stats";

const STEPS = Number(process.env.BENCH_HISTORY_STEPS ?? 500);
const RUNS = 30;
const WARMUP = 3;

async function seed(prisma: import("@/lib/generated/prisma/client").PrismaClient, teamId: string, userId: string, projectId: string) {
  const key = (s: string) => `${s.padEnd(64, "0")}.png`;
  for (const { images, ...step } of planTree(STEPS)) {
    await prisma.generation.create({
      data: {
        ...step,
        teamId,
        projectId,
        createdById: userId,
        options: step.kind === "edit" ? { keepOutsideMask: true } : undefined,
        status: "succeeded",
        images: { create: images.map((id, index) => ({ id, index, format: "png", width: 1024, height: 1024, bytes: 1, sha256: id, storageKey: key(id), thumbnailKey: key(`${id}t`) })) },
        inputs: step.kind === "edit" ? { create: [{ role: "mask", index: 0, name: "mask.png", format: "png", width: 1024, height: 1024, bytes: 1, sha256: "m", storageKey: key("m") }] } : undefined,
      },
    });
  }
}

/**
 * For `npm run bench`: in a process of its own, since the Prisma client is one per process and
 * the other in-process figures open their own database.
 */
export function benchHistory(): void {
  execFileSync(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", __filename], { stdio: "inherit" });
}

async function measureHistory(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "fresco-bench-history-"));
  process.env.FRESCO_DATA_DIR = dir;
  delete process.env.DATABASE_URL;
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env: process.env, stdio: "ignore" });
  const { prisma } = await import("@/lib/db/client");
  const { projectHistory } = await import("@/lib/db/history");
  const { buildTree, visibleRows } = await import("@/lib/views/version-tree");
  const { createTeamWithOwner } = await import("@/lib/db/teams");
  const user = await prisma.user.create({ data: { email: "bench-history@fresco.local", name: "Bench" } });
  const teamId = await createTeamWithOwner(user.id, "Bench");
  const project = await prisma.project.create({ data: { teamId, name: "Lighthouse" } });
  await seed(prisma, teamId, user.id, project.id);
  // Other work of the team (2,000 steps in another project, two of them moved out of this one),
  // so the query has to pick this project's out of a bigger table.
  const other = await prisma.project.create({ data: { teamId, name: "Other" } });
  await prisma.generation.updateMany({ where: { id: { in: ["g0001", "g0002"] } }, data: { projectId: other.id } });
  const otherIds = Array.from({ length: 2000 }, (_, i) => `o${i}`);
  await prisma.generation.createMany({ data: otherIds.map((id) => ({ id, teamId, projectId: other.id, kind: "generate", model: "gpt-image-1-mini", prompt: "other", params: {}, status: "succeeded" })) });
  await prisma.image.createMany({ data: otherIds.map((id) => ({ id: `${id}i`, generationId: id, index: 0, format: "png", width: 1, height: 1, bytes: 1, sha256: id, storageKey: id, thumbnailKey: id })) });

  const queryMs: number[] = [];
  const treeMs: number[] = [];
  // CPU time of this process for the query (the SQLite driver runs in it): what the figure
  // would be on an idle machine, where the wall time also counts waiting for a core.
  const cpuMs: number[] = [];
  let steps = 0;
  for (let i = 0; i < RUNS + WARMUP; i++) {
    const t0 = performance.now();
    const cpu = process.cpuUsage();
    const history = await projectHistory({ teamId, projectId: project.id });
    const t1 = performance.now();
    const used = process.cpuUsage(cpu);
    const tree = buildTree(history!.steps);
    visibleRows(tree, new Set());
    const t2 = performance.now();
    steps = history!.steps.length;
    if (i >= WARMUP) {
      queryMs.push(t1 - t0);
      cpuMs.push((used.user + used.system) / 1000);
      treeMs.push(t2 - t1);
    }
  }
  const q = summarize(queryMs);
  const t = summarize(treeMs);
  console.log(`Project history, ${steps} steps (projectHistory on SQLite, then buildTree + visibleRows), ${q.n} runs:`);
  console.log(`  data:  median ${fmtMs(q.median)}   p95 ${fmtMs(q.p95)}   max ${fmtMs(q.max)}   (target: ≤ 100 ms)`);
  const c = summarize(cpuMs);
  console.log(`  data, CPU time: median ${fmtMs(c.median)}   p95 ${fmtMs(c.p95)}   (load ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)`);
  console.log(`  tree:  median ${fmtMs(t.median)}   p95 ${fmtMs(t.p95)}   max ${fmtMs(t.max)}`);
  await prisma.$disconnect();
  rmSync(dir, { recursive: true, force: true });
}

// `npx tsx --conditions=react-server bench/history.ts` runs this figure alone.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  measureHistory().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
