// The history page of a 500-version project in Chromium: from navigation to the tree on screen,
// and to the first ArrowDown moving focus (the page is interactive). Target: ≤ 1 s.
// `npx tsx bench/history-page.ts` runs it alone on a server of its own (port 3293).
import { createClient } from "@libsql/client";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { launchBrowser } from "./browser";
import { planAsSql, planTree } from "./history-seed";
import { startBenchServer } from "./server";
import { signUpForBench } from "./sign-up";
import { fmtMs, summarize } from "./stats";

const RUNS = 10;
const WARMUP = 2;

/** Stores bytes where the server's blob store keeps them (lib/ports/blob-keys.ts), as the app would. */
function storeFile(dataDir: string, bytes: Buffer, ext: "webp" | "png") {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const key = `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}.${ext}`;
  mkdirSync(path.join(dataDir, "blobs", path.dirname(key)), { recursive: true });
  writeFileSync(path.join(dataDir, "blobs", key), bytes);
  return { key, sha256, bytes: bytes.byteLength };
}

/** Seeds a 500-step project for the newest person's team; returns its id and its first image. */
export async function seedHistoryPage(dataDir: string, steps = 500): Promise<{ projectId: string; firstImageId: string }> {
  const db = createClient({ url: `file:${path.join(dataDir, "fresco.db")}` });
  await db.execute("PRAGMA busy_timeout = 5000");
  const who = await db.execute('SELECT m.userId, m.teamId FROM "Membership" m JOIN "User" u ON u.id = m.userId ORDER BY u.createdAt DESC LIMIT 1');
  const [userId, teamId] = [String(who.rows[0]!.userId), String(who.rows[0]!.teamId)];
  const file = storeFile(dataDir, await sharp({ create: { width: 256, height: 256, channels: 3, background: { r: 60, g: 90, b: 140 } } }).webp().toBuffer(), "webp");
  const mask = storeFile(dataDir, await sharp({ create: { width: 256, height: 256, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer(), "png");
  const plan = planTree(steps, `h${Date.now().toString(36)}`);
  const projectId = `${plan[0]!.id}p`;
  await db.batch(planAsSql(plan, { teamId, userId, projectId, projectName: "Lighthouse", file, mask }), "write");
  db.close();
  return { projectId, firstImageId: plan[0]!.images[0]! };
}

export async function benchHistoryPage(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "fresco-bench-history-page-"));
  const server = await startBenchServer({ port: 3293, emulatorPort: 4293, latencyMs: 0, dataDir });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signUpForBench(page, server.url);
    const { projectId, firstImageId } = await seedHistoryPage(dataDir);
    // The first step is the current base: it is the tree's first row, so ArrowDown always moves.
    const url = `${server.url}/projects/${projectId}?base=${firstImageId}`;
    const treeMs: number[] = [];
    const interactiveMs: number[] = [];
    for (let i = 0; i < RUNS + WARMUP; i++) {
      const started = performance.now();
      await page.goto(url, { waitUntil: "commit" });
      const active = page.locator('[role=treeitem][tabindex="0"]');
      await active.waitFor();
      const shown = performance.now() - started;
      const before = await active.getAttribute("data-step-id");
      await active.focus();
      // Until the page is hydrated a key does nothing: press until focus moves.
      for (;;) {
        await page.keyboard.press("ArrowDown");
        const now = await page.evaluate(() => document.activeElement?.getAttribute("data-step-id"));
        if (now && now !== before) break;
        if (performance.now() - started > 15_000) throw new Error("ArrowDown never moved focus in the history tree");
      }
      if (i >= WARMUP) {
        treeMs.push(shown);
        interactiveMs.push(performance.now() - started);
      }
    }
    const t = summarize(treeMs);
    const k = summarize(interactiveMs);
    console.log(`\nHistory page of a 500-version project (Chromium, built app), ${k.n} loads:`);
    console.log(`  tree on screen:           median ${fmtMs(t.median)}   p95 ${fmtMs(t.p95)}`);
    console.log(`  ArrowDown moves focus:    median ${fmtMs(k.median)}   p95 ${fmtMs(k.p95)}   (target: ≤ 1 s)`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  benchHistoryPage().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
