// The mask editor in a real browser against a fresh app: frame intervals while painting a
// 5 s stroke (before and after 200 committed strokes) and the 1536×1024 mask export time.
// Figures only; targets are median ≤ 17 ms, p95 ≤ 33 ms per frame and export ≤ 300 ms.
import type { Page } from "@playwright/test";
import sharp from "sharp";
import { patternPixels } from "../e2e/fixtures/images";
import { launchBrowser } from "./browser";
import { startBenchServer } from "./server";
import { signUpForBench } from "./sign-up";
import { fmtMs, summarize } from "./stats";

export async function benchCanvas(): Promise<void> {
  console.log("Mask editor (1536×1024, headless Chromium, software rendering)");
  const server = await startBenchServer({ port: 3190, emulatorPort: 4190, latencyMs: 0 });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openEditor(page, server.url);
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
    await server.stop();
  }
}

function report(label: string, intervals: number[]) {
  const s = summarize(intervals);
  console.log(`  ${label}: ${s.n} frames, median ${fmtMs(s.median)}, p95 ${fmtMs(s.p95)}, max ${fmtMs(s.max)}  (targets ≤ 17 / ≤ 33 ms)`);
}

async function openEditor(page: Page, url: string) {
  await signUpForBench(page, url);
  await page.goto(`${url}/studio/edit`);
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
