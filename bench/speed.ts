// Issue 15's figures, measured in one run against a baseline: Fresco's built app and a bare
// playground (bench/playground/) on one emulator at 0 latency, driven interleaved in one
// headless Chromium: click → final image on screen at n = 1 and n = 4, and the server CPU each
// generation cost with everything the browser triggered; then the image route at 8 connections
// and the gallery with 50 generations pending and 20 loads at once.
// `npx tsx --conditions=react-server bench/speed.ts` runs it alone (ports 3764–3766, data under
// /tmp/fresco/speed/; BENCH_SPEED_RUNS runs per figure, 15 by default). FRESCO_BENCH_BEFORE=<dir of
// another built copy> adds it as a third contestant (port 3768), so a change is measured against
// the code before it in the same run.
import os from "node:os";
import path from "node:path";
import { launchBrowser } from "./browser";
import { signUpForBench } from "./sign-up";
import { baselineRun, frescoRun, trackRequests, type Sample } from "./speed-click";
import { galleryUnderLoad } from "./speed-gallery";
import { imageRouteThroughput, thumbnailEtags } from "./speed-images";
import { startEmulator, startFresco, startPlayground, type Proc } from "./speed-stack";
import { summarize } from "./stats";

const RUNS = Number(process.env.BENCH_SPEED_RUNS ?? 15);
const WARMUP = 2;
const DATA = process.env.FRESCO_BENCH_DATA_DIR ?? "/tmp/fresco/speed/data";

const ms = (v: number) => `${Math.round(v)} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const mean = (list: number[]) => list.reduce((a, b) => a + b, 0) / list.length;

export async function benchSpeed(): Promise<void> {
  const procs: Proc[] = [];
  const browser = await launchBrowser();
  try {
    const emulator = await startEmulator(3765);
    procs.push(emulator);
    const playground = await startPlayground(3766, emulator.url);
    procs.push(playground);
    const fresco = await startFresco(3764, emulator.url, DATA);
    procs.push(fresco);

    const before = process.env.FRESCO_BENCH_BEFORE ? await startFresco(3768, emulator.url, `${DATA}-before`, process.env.FRESCO_BENCH_BEFORE) : undefined;
    if (before) procs.push(before);
    const fpage = await (await browser.newContext({ viewport: { width: 1440, height: 1800 } })).newPage();
    const opage = before ? await (await browser.newContext({ viewport: { width: 1440, height: 1800 } })).newPage() : undefined;
    const osettle = opage ? trackRequests(opage) : undefined;
    if (opage && before) {
      await signUpForBench(opage, before.url);
      await opage.getByTestId("stream").uncheck();
    }
    const bpage = await (await browser.newContext({ viewport: { width: 1440, height: 1800 } })).newPage();
    const fsettle = trackRequests(fpage);
    const bsettle = trackRequests(bpage);
    await signUpForBench(fpage, fresco.url);
    await fpage.getByTestId("stream").uncheck(); // the playground does not stream either
    await bpage.goto(playground.url);

    const samples: Record<string, Sample[]> = { f1: [], b1: [], f4: [], b4: [], o1: [], o4: [] };
    for (let i = 0; i < RUNS + WARMUP; i++) {
      for (const n of [1, 4]) {
        // Alternate who goes first, so neither always runs on a machine the other just warmed.
        const order = [...(i % 2 === 0 ? ["f", "b"] : ["b", "f"]), ...(before ? ["o"] : [])];
        if (i % 3 === 1) order.reverse();
        for (const who of order) {
          const s =
            who === "f" ? await frescoRun(fpage, fresco.pgid, fsettle, n, i)
            : who === "o" ? await frescoRun(opage!, before!.pgid, osettle!, n, i)
            : await baselineRun(bpage, playground.pgid, bsettle, n, i);
          if (s.ms < 0) throw new Error(`${who === "f" ? "Fresco" : "the playground"} showed no image within 30 s (n = ${n})`);
          if (i >= WARMUP) samples[`${who}${n}`]!.push(s);
        }
      }
    }
    const load = os.loadavg()[0]!.toFixed(1);
    console.log(`\nSpeed (issue 15): Fresco against the bare playground, one emulator at 0 latency, ${RUNS} interleaved runs each, one Chromium, ${os.cpus().length} cores, load ${load}`);
    console.log(`  ${"".padEnd(48)} ${"Fresco".padStart(16)} ${"playground".padStart(16)}   ratio (goal)`);
    for (const n of [1, 4]) {
      const f = summarize(samples[`f${n}`]!.map((s) => s.ms));
      const b = summarize(samples[`b${n}`]!.map((s) => s.ms));
      const o = before ? summarize(samples[`o${n}`]!.map((s) => s.ms)) : undefined;
      const was = o ? `   before the change: ${ms(o.median)} / ${ms(o.p95)} = ${ratio(o.median, b.median)}` : "";
      console.log(`  ${`click → ${n === 1 ? "final image" : "all 4"} visible, n=${n} (median / p95)`.padEnd(48)} ${`${ms(f.median)} / ${ms(f.p95)}`.padStart(16)} ${`${ms(b.median)} / ${ms(b.p95)}`.padStart(16)}   ${ratio(f.median, b.median)} (≤ 1.00×)${was}`);
    }
    for (const n of [1, 4]) {
      const f = mean(samples[`f${n}`]!.map((s) => s.cpuMs));
      const b = mean(samples[`b${n}`]!.map((s) => s.cpuMs));
      const o = before ? mean(samples[`o${n}`]!.map((s) => s.cpuMs)) : undefined;
      const was = o !== undefined ? `   before the change: ${ms(o)} = ${ratio(o, b)}` : "";
      console.log(`  ${`server CPU per generation, n=${n} (mean)`.padEnd(48)} ${ms(f).padStart(16)} ${ms(b).padStart(16)}   ${ratio(f, b)} (≤ 2.00×)${was}`);
    }

    // The image route, with the thumbnails the runs made.
    const cookie = (await fpage.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const ids = await fpage.$$eval("[data-testid=result-image]", (imgs) => [...new Set(imgs.map((img) => /\/api\/images\/([^/?]+)/.exec((img as HTMLImageElement).src)?.[1]).filter(Boolean))] as string[]);
    const thumbs = await imageRouteThroughput({ url: fresco.url, cookie, ids, pgid: fresco.pgid });
    const etags = await thumbnailEtags(fresco.url, cookie, ids);
    const revalidated = await imageRouteThroughput({ url: fresco.url, cookie, ids, pgid: fresco.pgid, etags });
    console.log(`  image route, 8 connections, ${ids.length} thumbnails: ${Math.round(thumbs.perSecond)} thumbnails/s (p95 ${ms(thumbs.p95Ms)}, ${thumbs.cpuMsPerRequest.toFixed(2)} ms CPU each; goal ≥ 1,000), ${Math.round(revalidated.perSecond)} 304s/s (p95 ${ms(revalidated.p95Ms)}, ${revalidated.cpuMsPerRequest.toFixed(2)} ms CPU each; goal ≥ 2,000)`);
    if (before && opage) {
      const ocookie = (await opage.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
      const oids = await opage.$$eval("[data-testid=result-image]", (imgs) => [...new Set(imgs.map((img) => /\/api\/images\/([^/?]+)/.exec((img as HTMLImageElement).src)?.[1]).filter(Boolean))] as string[]);
      const othumbs = await imageRouteThroughput({ url: before.url, cookie: ocookie, ids: oids, pgid: before.pgid });
      const oetags = await thumbnailEtags(before.url, ocookie, oids);
      const o304 = await imageRouteThroughput({ url: before.url, cookie: ocookie, ids: oids, pgid: before.pgid, etags: oetags });
      console.log(`    before the change: ${Math.round(othumbs.perSecond)} thumbnails/s (p95 ${ms(othumbs.p95Ms)}, ${othumbs.cpuMsPerRequest.toFixed(2)} ms CPU each), ${Math.round(o304.perSecond)} 304s/s (p95 ${ms(o304.p95Ms)}, ${o304.cpuMsPerRequest.toFixed(2)} ms CPU each)`);
      before.stop(); // the gallery is measured on the changed code alone
    }

    if (process.env.BENCH_SPEED_SKIP_GALLERY) return;
    const gallery = await galleryUnderLoad(fpage, fresco.url, cookie);
    console.log(`  gallery with 50 generations pending, 20 loads at once (${gallery.n} loads): median ${ms(gallery.median)}, p95 ${ms(gallery.p95)} (goal p95 ≤ 150 ms)`);
  } finally {
    await browser.close();
    for (const p of procs.reverse()) p.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  benchSpeed().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
