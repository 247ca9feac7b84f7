// Painting while the working state is saved: frame intervals in a real browser on the edit page
// of a 1536×1024 team image (so the mask is saved with it), over a mask that already holds 200
// strokes and an imported 1536×1024 bitmap. Two runs: one continuous 5 s stroke (saves wait for
// the pointer to come up), then 5 s of strokes with pauses, between which saves go out. Prints
// frame median / p95 / max, the saves sent and their sizes, and long tasks. Target: p95 ≤ 33 ms.
//   npx tsx --conditions=react-server bench/paint-frames.ts   (also part of `npm run bench`)
import type { Page } from "@playwright/test";
import sharp from "sharp";
import { launchBrowser } from "./browser";
import { startBenchServer } from "./server";
import { signUpForBench } from "./sign-up";
import { fmtMs, summarize } from "./stats";

const W = 1536, H = 1024;

export async function benchPaintFrames(): Promise<void> {
  console.log("Painting while the working state is saved (1536×1024 team image, 200 strokes + a bitmap, headless Chromium)");
  const server = await startBenchServer({ port: 3315, emulatorPort: 3316, latencyMs: 0, dataDir: "/tmp/fresco/wsbench" });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const saves: number[] = [];
    page.on("request", (r) => {
      if (r.url().endsWith("/api/working-state") && r.method() === "POST") saves.push(r.postDataBuffer()?.length ?? 0);
    });
    await openTeamImage(page, server.url);
    await page.getByTestId("load-mask-input").setInputFiles({ name: "mask.png", mimeType: "image/png", buffer: await noiseMask() });
    for (let i = 0; i < 200; i++) await shortStroke(page, i);
    await page.getByTestId("prompt").fill("bench: a stormy sky");
    await page.waitForTimeout(1500); // the first full save (with the bitmap's PNG) goes out

    await watchFrames(page);
    let before = saves.length;
    await stroke(page, 5000);
    report("one 5 s stroke", await frames(page), saves.slice(before));

    await watchFrames(page);
    before = saves.length;
    const start = Date.now();
    for (let i = 0; Date.now() - start < 5000; i++) {
      await stroke(page, 600, i);
      await page.waitForTimeout(900); // past the 800 ms quiet time: a save goes out here
    }
    report("5 s of strokes with pauses", await frames(page), saves.slice(before));
    const builds = await page.evaluate<number[]>(`performance.getEntriesByName("fresco:working-state-build").map((e) => e.duration)`);
    const b = summarize(builds);
    console.log(`  building a save (snapshot + JSON, in idle time): median ${fmtMs(b.median)}, max ${fmtMs(b.max)} over ${b.n}`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

function report(label: string, intervals: { frames: number[]; longTasks: number[] }, saves: number[]) {
  const s = summarize(intervals.frames);
  const kb = saves.map((b) => Math.round(b / 1024));
  const longest = intervals.longTasks.length ? fmtMs(Math.max(...intervals.longTasks)) : "none";
  console.log(`  ${label}: ${s.n} frames, median ${fmtMs(s.median)}, p95 ${fmtMs(s.p95)}, max ${fmtMs(s.max)} (target p95 ≤ 33 ms)`);
  console.log(`    saves sent: ${saves.length}${kb.length ? ` (${kb.join(", ")} KB)` : ""}; long tasks: ${intervals.longTasks.length}, longest ${longest}`);
}

/** A team image to edit: generated through the studio, then opened by its address. */
async function openTeamImage(page: Page, url: string) {
  await signUpForBench(page, url);
  await page.getByRole("radiogroup", { name: "Size" }).getByText("Landscape", { exact: true }).click();
  await page.getByTestId("prompt").fill("bench: a harbour");
  await page.getByTestId("generate").click();
  const card = page.getByTestId("generation").first();
  await card.getByTestId("status").and(page.locator('[data-status="succeeded"]')).waitFor({ timeout: 60_000 });
  const id = await card.getAttribute("data-generation-id");
  const view = (await (await page.request.get(`${url}/api/generations/${id}`)).json()) as { images: { id: string; width: number }[] };
  await page.goto(`${url}/studio/edit?image=${view.images[0]!.id}`);
  await page.getByTestId("mask-stage").locator("canvas").first().waitFor();
  await page.waitForTimeout(500);
  await page.getByTestId("tool-brush").click();
}

/** An imported mask of scattered 16 px blocks: a full-size bitmap to encode once and send with each save. */
async function noiseMask(): Promise<Buffer> {
  const rgba = Buffer.alloc(W * H * 4);
  for (let i = 0; i < W * H; i++) {
    const block = Math.floor((i % W) / 16) * 7919 + Math.floor(i / W / 16) * 104729;
    rgba[i * 4 + 3] = (block * 2654435761) >>> 29 === 0 ? 0 : 255;
  }
  return sharp(rgba, { raw: { width: W, height: H, channels: 4 } }).png().toBuffer();
}

// Strings, not functions: tsx would wrap functions in helpers the page does not have.
async function watchFrames(page: Page) {
  await page.evaluate(`(() => {
    window.__frames = []; window.__long = []; window.__frameRun = true;
    window.__obs = new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(e.duration)));
    window.__obs.observe({ type: "longtask" });
    const tick = (t) => { window.__frames.push(t); if (window.__frameRun) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
}

async function frames(page: Page): Promise<{ frames: number[]; longTasks: number[] }> {
  const { t, long } = await page.evaluate<{ t: number[]; long: number[] }>(`(() => {
    window.__frameRun = false; window.__obs.disconnect();
    return { t: window.__frames, long: window.__long };
  })()`);
  return { frames: t.slice(1).map((v, i) => v - t[i]!), longTasks: long };
}

/** One stroke of `ms`, a pointer move every ~8 ms along a Lissajous path. */
async function stroke(page: Page, ms: number, seed = 0) {
  const box = (await page.getByTestId("mask-stage").boundingBox())!;
  const cx = box.x + box.width / 2, cy = box.y + box.height / 2;
  const at = (t: number) => ({ x: cx + Math.cos(t * 3 + seed) * box.width * 0.35, y: cy + Math.sin(t * 5 + seed) * box.height * 0.35 });
  await page.mouse.move(at(0).x, at(0).y);
  await page.mouse.down();
  const start = Date.now();
  for (let i = 0; Date.now() - start < ms; i++) {
    const p = at((Date.now() - start) / 1000);
    await page.mouse.move(p.x, p.y);
    const next = start + (i + 1) * 8;
    if (next > Date.now()) await new Promise((r) => setTimeout(r, next - Date.now()));
  }
  await page.mouse.up();
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

if (process.argv[1]?.endsWith("paint-frames.ts")) {
  benchPaintFrames().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
