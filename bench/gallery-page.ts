// The gallery in Chromium against the built app, seeded with 10,000 images (FRESCO_BENCH_SCALE=100k:
// 100,000) with real thumbnail files: the first tiles on screen, the DOM's size while scrolling
// to the very end (target ≤ 1,500 elements), what the thumbnails weigh on the wire, and a repeat
// visit, where every image request must be a cache hit or a 304.
// `npx tsx --conditions=react-server bench/gallery-page.ts` runs it alone (port 3341,
// data in /tmp/fresco/gallerybench unless FRESCO_BENCH_DATA_DIR says otherwise).
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { launchBrowser } from "./browser";
import { GALLERY_BENCH_IMAGES } from "./gallery";
import { seedGallery } from "./gallery-seed";
import { startBenchServer } from "./server";
import { signUpForBench } from "./sign-up";
import { fmtMs, summarize } from "./stats";

const PORT = 3341;

/** Thumbnails made the app's way, stored where its blob store keeps them; their keys. */
async function storeThumbnails(dataDir: string, count: number): Promise<string[]> {
  const { makeThumbnail } = await import("@/lib/storage/thumbnails");
  const { renderScene } = await import("@/lib/emulator/render");
  const { encode } = await import("@/lib/emulator/encode");
  const put = async (bytes: Uint8Array) => {
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const key = `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}.webp`;
    mkdirSync(path.join(dataDir, "blobs", path.dirname(key)), { recursive: true });
    writeFileSync(path.join(dataDir, "blobs", key), bytes);
    return { key, sha256, bytes: bytes.byteLength, created: true };
  };
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    // Half emulator scenes, half detailed photo-like pictures (smooth fields with grain).
    const source =
      i % 2 === 0
        ? await encode(await renderScene(`gallery bench ${i}`, i, 1024, 1024, false), { format: "png", compression: 100, lossless: false })
        : await sharp(await sharp(randomBytes(48 * 48 * 3), { raw: { width: 48, height: 48, channels: 3 } }).resize(1024, 1024).png().toBuffer())
            .composite([{ input: await sharp(randomBytes(1024 * 1024 * 3), { raw: { width: 1024, height: 1024, channels: 3 } }).png().toBuffer(), blend: "soft-light" }])
            .png()
            .toBuffer();
    keys.push((await makeThumbnail(source, put)).key);
  }
  return keys;
}

export async function benchGalleryPage(): Promise<void> {
  const dataDir = process.env.FRESCO_BENCH_DATA_DIR ?? "/tmp/fresco/gallerybench";
  const server = await startBenchServer({ port: PORT, emulatorPort: PORT + 1000, latencyMs: 0, dataDir });
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await signUpForBench(page, server.url);
    const thumbs = await storeThumbnails(dataDir, 40);
    const seeded = await seedGallery(dataDir, { images: GALLERY_BENCH_IMAGES, thumbs, ...(await newestMember(dataDir)) });

    // Image requests as the browser saw them: from its cache, 304, or bytes over the wire.
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    const seen = new Map<string, { url: string; status?: number; cached?: boolean; bytes?: number; cacheControl?: string }>();
    // The grid's next pages as the browser waited for them (request sent → last byte).
    const pageRequests = new Map<string, number>();
    const pageMs: number[] = [];
    cdp.on("Network.requestWillBeSent", (e) => {
      if (e.request.url.includes("/api/images/")) seen.set(e.requestId, { url: e.request.url });
      if (e.request.url.includes("/api/gallery?")) pageRequests.set(e.requestId, e.timestamp);
    });
    cdp.on("Network.loadingFinished", (e) => {
      const sent = pageRequests.get(e.requestId);
      if (sent !== undefined) pageMs.push((e.timestamp - sent) * 1000);
    });
    cdp.on("Network.requestServedFromCache", (e) => seen.has(e.requestId) && (seen.get(e.requestId)!.cached = true));
    cdp.on("Network.responseReceived", (e) => {
      const r = seen.get(e.requestId);
      if (r) Object.assign(r, { status: e.response.status, cached: r.cached || e.response.fromDiskCache || e.response.fromPrefetchCache, cacheControl: e.response.headers["cache-control"] ?? e.response.headers["Cache-Control"] });
    });
    cdp.on("Network.loadingFinished", (e) => seen.has(e.requestId) && (seen.get(e.requestId)!.bytes = e.encodedDataLength));

    const started = performance.now();
    await page.goto(`${server.url}/gallery`);
    await page.getByTestId("gallery-item").first().waitFor();
    const firstTiles = performance.now() - started;
    await page.waitForLoadState("networkidle");
    const firstVisit = [...seen.values()];

    // A repeat visit: the same address again, in the same browser.
    seen.clear();
    await page.goto(`${server.url}/gallery`);
    await page.getByTestId("gallery-item").first().waitFor();
    await page.waitForLoadState("networkidle");
    const repeat = [...seen.values()];
    const missed = repeat.filter((r) => !r.cached && r.status !== 304);
    // Scroll to the very end, a screen at a time near the end of what is loaded.
    const scroller = page.getByTestId("gallery-scroller");
    let maxNodes = 0;
    const scroll0 = performance.now();
    let stopped = false;
    for (let step = 0; ; step++) {
      const done = await scroller.evaluate((el) => {
        el.scrollTop += el.clientHeight * 3;
        return el.scrollTop + el.clientHeight >= el.scrollHeight - 2 && /All [\d,]+ images shown/.test(el.textContent ?? "");
      });
      await page.waitForTimeout(16);
      maxNodes = Math.max(maxNodes, await page.evaluate(() => document.getElementsByTagName("*").length));
      if (done) break;
      // At 100,000 images the walk is bounded: the DOM's size is what it measures.
      if (performance.now() - scroll0 > 300_000) {
        stopped = true;
        break;
      }
    }
    const scrollMs = performance.now() - scroll0;
    const loaded = await page.evaluate(() => document.querySelector("[data-testid=gallery]")?.getAttribute("data-loaded"));
    const shown = stopped ? `stopped after 5 minutes with ${loaded} images loaded` : await page.getByText(/All [\d,]+ images shown/).textContent();
    const pages = summarize(pageMs);

    const thumbsFetched = firstVisit.filter((r) => r.url.includes("variant=thumb") && r.status === 200 && r.bytes);
    const avgKb = thumbsFetched.reduce((a, r) => a + r.bytes!, 0) / Math.max(1, thumbsFetched.length) / 1024;

    console.log(`\nGallery page in Chromium (built app), ${seeded.images.toLocaleString("en")} images, 1440×900:`);
    console.log(`  first tiles on screen: ${fmtMs(firstTiles)}; thumbnails on the wire: ${thumbsFetched.length} fetched, ${avgKb.toFixed(1)} KB on average (target ≤ 30 KB)`);
    console.log(`  scrolled to the end ("${shown}") in ${fmtMs(scrollMs)}: at most ${maxNodes} DOM elements (target ≤ 1,500)`);
    console.log(`  the grid's next pages in the browser (${pages.n}): median ${fmtMs(pages.median)}, p95 ${fmtMs(pages.p95)}`);
    if (missed[0]) console.log(`  (a request downloaded again: ${missed[0].url}, Cache-Control: ${missed[0].cacheControl})`);
    console.log(`  repeat visit: ${repeat.length} image requests, ${repeat.filter((r) => r.cached).length} from the cache, ${repeat.filter((r) => r.status === 304).length} answered 304, ${missed.length} downloaded again (target 0)`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** The person the benchmark signed up, and their team (the newest member of the database). */
async function newestMember(dataDir: string): Promise<{ userId: string; teamId: string }> {
  const { createClient } = await import("@libsql/client");
  const db = createClient({ url: `file:${path.join(dataDir, "fresco.db")}` });
  const who = await db.execute('SELECT m.userId, m.teamId FROM "Membership" m JOIN "User" u ON u.id = m.userId ORDER BY u.createdAt DESC LIMIT 1');
  db.close();
  return { userId: String(who.rows[0]!.userId), teamId: String(who.rows[0]!.teamId) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  benchGalleryPage().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
