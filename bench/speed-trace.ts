// Where a click's time goes in Fresco's studio: every request the page makes after the click,
// with its start and end in ms after the click, and when the image was on screen. For finding
// what to fix, not a figure: `npx tsx --conditions=react-server bench/speed-trace.ts`.
import path from "node:path";
import { launchBrowser } from "./browser";
import { signUpForBench } from "./sign-up";
import { frescoRun, trackRequests } from "./speed-click";
import { startEmulator, startFresco } from "./speed-stack";

async function main() {
  const emulator = await startEmulator(3765);
  const fresco = await startFresco(3764, emulator.url, "/tmp/fresco/speed/trace-data");
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 1800 } })).newPage();
    const settle = trackRequests(page);
    await signUpForBench(page, fresco.url);
    await page.getByTestId("stream").uncheck();
    for (let i = 0; i < 4; i++) {
      let t0 = 0;
      const lines: string[] = [];
      const onReq = (r: import("@playwright/test").Request) => t0 && lines.push(`  +${Math.round(performance.now() - t0)} → ${r.method()} ${r.url().replace(fresco.url, "").slice(0, 80)}`);
      const onEnd = (r: import("@playwright/test").Request) => t0 && lines.push(`  +${Math.round(performance.now() - t0)} ← ${r.url().replace(fresco.url, "").slice(0, 80)}`);
      page.on("request", onReq);
      page.on("requestfinished", onEnd);
      const started = performance.now();
      t0 = started;
      const s = await frescoRun(page, fresco.pgid, settle, i % 2 ? 4 : 1, i);
      page.off("request", onReq);
      page.off("requestfinished", onEnd);
      console.log(`run ${i} (n=${i % 2 ? 4 : 1}): image at ${Math.round(s.ms)} ms, ${s.cpuMs} ms CPU\n${lines.join("\n")}`);
    }
  } finally {
    await browser.close();
    fresco.stop();
    emulator.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) main().then(() => process.exit(0), (e) => (console.error(e), process.exit(1)));
