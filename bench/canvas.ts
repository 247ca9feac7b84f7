// The mask editor in a real browser against a fresh app: frame intervals while painting a
// 5 s stroke (before and after 200 committed strokes) and the 1536×1024 mask export time.
// Figures only; targets are median ≤ 17 ms, p95 ≤ 33 ms per frame and export ≤ 300 ms.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import sharp from "sharp";
import { chromiumPath } from "../scripts/chromium-path.mjs";
import { patternPixels } from "../e2e/fixtures/images";
import { fmtMs, summarize } from "./stats";

const PORT = process.env.BENCH_CANVAS_PORT ?? "3190";
const EMULATOR_PORT = process.env.BENCH_CANVAS_EMULATOR_PORT ?? "4190";
const BASE = `http://localhost:${PORT}`;

export async function benchCanvas(): Promise<void> {
  console.log("Mask editor (1536×1024, headless Chromium, software rendering)");
  const server = await startApp();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openEditor(page);
    report("5 s stroke, empty mask", await strokeFrames(page));
    for (let i = 0; i < 200; i++) await shortStroke(page, i);
    const shapes = await page.getByTestId("undo").isEnabled();
    report(`5 s stroke after 200 strokes${shapes ? "" : " (none committed?)"}`, await strokeFrames(page));
    const exports: number[] = [];
    for (let i = 0; i < 7; i++) exports.push(await exportOnce(page));
    const e = summarize(exports);
    console.log(`  mask export (exportMaskPng, 201 shapes): median ${fmtMs(e.median)}, max ${fmtMs(e.max)} over ${e.n}  (target ≤ 300 ms)`);
  } finally {
    await browser.close();
    stop(server);
  }
}

function report(label: string, intervals: number[]) {
  const s = summarize(intervals);
  console.log(`  ${label}: ${s.n} frames, median ${fmtMs(s.median)}, p95 ${fmtMs(s.p95)}, max ${fmtMs(s.max)}  (targets ≤ 17 / ≤ 33 ms)`);
}

async function startApp(): Promise<ChildProcess> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of Object.keys(env)) if (/^(AUTH_|EMAIL_|OPENAI_)/.test(k) || k === "DATABASE_URL") delete env[k];
  Object.assign(env, {
    PORT,
    FRESCO_EMULATOR_PORT: EMULATOR_PORT,
    FRESCO_EMULATOR_LATENCY_MS: "0",
    FRESCO_DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "fresco-bench-canvas-")),
  });
  const child = spawn(process.execPath, ["scripts/start.mjs"], { env, stdio: "ignore", detached: true });
  const until = Date.now() + 300_000;
  while (!(await fetch(`${BASE}/sign-in`).then((r) => r.ok, () => false))) {
    if (Date.now() > until || child.exitCode !== null) throw new Error("the app did not start for the canvas benchmark");
    await new Promise((r) => setTimeout(r, 500));
  }
  return child;
}

// start.mjs runs `next start`, whose next-server must stop too: end the whole process group.
function stop(child: ChildProcess) {
  if (child.pid) process.kill(-child.pid, "SIGTERM");
}

async function openEditor(page: Page) {
  await page.goto(`${BASE}/sign-up`);
  await page.getByLabel("Your name").fill("Bench");
  await page.getByLabel("Email").fill(`bench-${Date.now()}@example.test`);
  await page.getByLabel("Password").fill("correct horse battery");
  await page.getByLabel("Team name").fill("Bench");
  await page.getByRole("button", { name: /Create account/ }).click();
  await page.waitForURL(/\/studio$/);
  await page.goto(`${BASE}/studio/edit`);
  const png = await sharp(patternPixels(1536, 1024), { raw: { width: 1536, height: 1024, channels: 3 } }).png().toBuffer();
  await page.getByTestId("base-input").setInputFiles({ name: "bench.png", mimeType: "image/png", buffer: png });
  await page.getByTestId("mask-stage").locator("canvas").first().waitFor();
  await page.waitForTimeout(500);
  await page.getByTestId("tool-brush").click();
}

/** rAF intervals in the page while the mouse paints a 5 s stroke, one move every ~8 ms. */
async function strokeFrames(page: Page): Promise<number[]> {
  const box = (await page.getByTestId("mask-stage").boundingBox())!;
  // Strings, not functions: tsx would wrap functions in helpers the page does not have.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__frameRun = true;
    const tick = (t) => {
      window.__frames.push(t);
      if (window.__frameRun) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const cx = box.x + box.width / 2, cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const start = Date.now();
  for (let i = 0; Date.now() - start < 5000; i++) {
    const t = (Date.now() - start) / 1000;
    await page.mouse.move(cx + Math.cos(t * 3) * box.width * 0.35, cy + Math.sin(t * 5) * box.height * 0.35);
    const next = start + (i + 1) * 8;
    if (next > Date.now()) await new Promise((r) => setTimeout(r, next - Date.now()));
  }
  await page.mouse.up();
  const frames = await page.evaluate<number[]>(`(() => {
    window.__frameRun = false;
    return window.__frames;
  })()`);
  return frames.slice(1).map((t, i) => t - frames[i]!);
}

async function shortStroke(page: Page, i: number) {
  const box = (await page.getByTestId("mask-stage").boundingBox())!;
  const x = box.x + 40 + ((i * 37) % (box.width - 80));
  const y = box.y + 40 + ((i * 53) % (box.height - 80));
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 30, y + 10);
  await page.mouse.move(x + 60, y - 5);
  await page.mouse.up();
}

/** One "Save mask": the page times exportMaskPng with performance.measure. */
async function exportOnce(page: Page): Promise<number> {
  await page.evaluate(`performance.clearMeasures("fresco:mask-export")`);
  const download = page.waitForEvent("download");
  await page.getByTestId("save-mask").click();
  await (await download).cancel();
  return page.evaluate<number>(`performance.getEntriesByName("fresco:mask-export")[0].duration`);
}
