// The gallery's server time, in-process against a fresh SQLite file seeded with 10,000 images
// (FRESCO_BENCH_SCALE=100k: 100,000) beside another team's: the first page, a deep page (by
// its cursor), filtered pages and full-text search; and the average thumbnail size.
// Targets: pages ≤ 50 ms p95, search ≤ 100 ms p95, thumbnails ≤ 30 KB on average.
// `npx tsx --conditions=react-server bench/gallery.ts` runs it alone.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { seedGallery } from "./gallery-seed";
import { fmtMs, summarize } from "./stats";

const RUNS = 30;
const WARMUP = 3;
export const GALLERY_BENCH_IMAGES = process.env.FRESCO_BENCH_SCALE === "100k" ? 100_000 : 10_000;

/** For `npm run bench`: in a process of its own (one Prisma client per process, its own database). */
export function benchGallery(): void {
  execFileSync(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", __filename], { stdio: "inherit" });
}

async function time(label: string, target: number, fn: () => Promise<unknown>) {
  const samples: number[] = [];
  for (let i = 0; i < RUNS + WARMUP; i++) {
    const t0 = performance.now();
    await fn();
    if (i >= WARMUP) samples.push(performance.now() - t0);
  }
  const s = summarize(samples);
  const ok = s.p95 <= target ? "ok" : "OVER";
  console.log(`  ${label.padEnd(44)} median ${fmtMs(s.median).padStart(8)}   p95 ${fmtMs(s.p95).padStart(8)}   (target ≤ ${target} ms: ${ok})`);
}

/** A detailed, photo-like picture: smooth colour fields with grain (the hard case for WebP). */
async function photoLike(): Promise<Buffer> {
  const field = await sharp(randomBytes(48 * 48 * 3), { raw: { width: 48, height: 48, channels: 3 } }).resize(1024, 1024, { kernel: "cubic" }).raw().toBuffer();
  const grain = randomBytes(field.length);
  const pixels = Buffer.from(field.map((v, i) => Math.max(0, Math.min(255, v + (grain[i]! % 25) - 12))));
  return sharp(pixels, { raw: { width: 1024, height: 1024, channels: 3 } }).png().toBuffer();
}

export async function measureThumbnails(): Promise<void> {
  const { makeThumbnail } = await import("@/lib/storage/thumbnails");
  const { renderScene } = await import("@/lib/emulator/render");
  const { encode } = await import("@/lib/emulator/encode");
  const sizes: Record<string, number[]> = { "emulator scenes": [], "photo-like": [] };
  const measure = (bytes: Uint8Array) => makeThumbnail(bytes, async (webp) => ({ key: "", sha256: "", bytes: webp.byteLength, created: true }));
  for (let i = 0; i < 12; i++) {
    const scene = await encode(await renderScene(`bench thumbnail ${i}`, i, 1024, 1024, false), { format: "png", compression: 100, lossless: false });
    sizes["emulator scenes"]!.push((await measure(scene)).bytes);
    sizes["photo-like"]!.push((await measure(await photoLike())).bytes);
  }
  const kb = (list: number[]) => `${(list.reduce((a, b) => a + b, 0) / list.length / 1024).toFixed(1)} KB`;
  const all = Object.values(sizes).flat();
  console.log(`  thumbnails (384 px WebP), average: ${Object.entries(sizes).map(([k, v]) => `${k} ${kb(v)}`).join(", ")}; both ${kb(all)}; the larger ${kb(sizes["photo-like"]!)} (target ≤ 30 KB)`);
}

async function measureGallery(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "fresco-bench-gallery-"));
  process.env.FRESCO_DATA_DIR = dir;
  delete process.env.DATABASE_URL;
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env: process.env, stdio: "ignore" });
  const t0 = performance.now();
  const seeded = await seedGallery(dir, { images: GALLERY_BENCH_IMAGES });
  const { prisma } = await import("@/lib/db/client");
  const { galleryPage } = await import("@/lib/db/gallery");
  const scope = { teamId: seeded.teamId, userId: seeded.userId };
  console.log(`\nGallery, ${seeded.images.toLocaleString("en")} images of the team beside another team's (seeded in ${fmtMs(performance.now() - t0)}), galleryPage on SQLite, ${RUNS} runs:`);

  // Walk every page once: each image exactly once, and the cursor of the deepest page.
  const seen = new Set<string>();
  let cursor: string | undefined;
  let deepest: string | undefined;
  const walk0 = performance.now();
  let pages = 0;
  do {
    const page = await galleryPage({ ...scope, filters: {}, cursor });
    for (const item of page.items) seen.add(item.id);
    deepest = cursor ?? deepest;
    cursor = page.next ?? undefined;
    pages++;
  } while (cursor);
  if (seen.size !== seeded.images) throw new Error(`walking the pages showed ${seen.size} images, not ${seeded.images}`);
  console.log(`  (walked all ${pages} pages in ${fmtMs(performance.now() - walk0)}: every image once)`);
  let deepCost: string | undefined;
  for (let c: string | undefined, i = 0; i < 3; i++) {
    const page = await galleryPage({ ...scope, filters: { sort: "cost" }, cursor: c });
    c = page.next ?? undefined;
    deepCost = c;
  }

  await time("first page (newest)", 50, () => galleryPage({ ...scope, filters: {} }));
  await time(`deep page (the last of ${pages}, by cursor)`, 50, () => galleryPage({ ...scope, filters: {}, cursor: deepest }));
  await time("first page, oldest first", 50, () => galleryPage({ ...scope, filters: { sort: "oldest" } }));
  await time("first page, highest cost first", 50, () => galleryPage({ ...scope, filters: { sort: "cost" } }));
  await time("fourth page, highest cost first", 50, () => galleryPage({ ...scope, filters: { sort: "cost" }, cursor: deepCost }));
  await time("one author", 50, () => galleryPage({ ...scope, filters: { author: seeded.authorIds[3] } }));
  await time("one project, approved", 50, () => galleryPage({ ...scope, filters: { project: seeded.projectIds[2], review: "approved" } }));
  await time("my favourites", 50, () => galleryPage({ ...scope, filters: { fav: "1" } }));
  await time("a month, $0.10–$0.20", 50, () => galleryPage({ ...scope, filters: { from: "2026-03-01", to: "2026-03-31", min: "0.10", max: "0.20" } }));
  await time("failed runs", 50, () => galleryPage({ ...scope, filters: { status: "failed" } }));
  for (const q of ["lighthouse", "light", "cafe zurich", "harbour dusk", "neon chrome cinematic", 'x" OR "y*']) {
    await time(`search "${q}"`, 100, () => galleryPage({ ...scope, filters: { q } }));
  }
  await time(`search "lighthouse", oldest first`, 100, () => galleryPage({ ...scope, filters: { q: "lighthouse", sort: "oldest" } }));
  await measureThumbnails();
  await prisma.$disconnect();
  rmSync(dir, { recursive: true, force: true });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  measureGallery().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
