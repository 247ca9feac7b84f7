// Flat cost as the data grows (issue 18): seeds 1k, 10k and 100k generations (bench/seed-fresco.ts:
// several people, real files, a year of dates), starts the built app on each, and prints the
// server time of every page (p50 of requests from 127.0.0.1, body included; the sizes run side by
// side and are timed in turn, so shared load falls on each alike) with the
// growth factor from 1k to 100k, then the image route's throughput (conditional thumbnail
// requests, 304) alone and while another client loads the heaviest page in a loop.
// Goals at 100k: every page within 1.3× of its 1k p50; thumbnails/s under that load within 1.5×.
//
//   npx tsx --conditions=react-server bench/flat.ts [--app DIR] [--sizes 1000,10000,100000] [--port 3770]
// DIR holds a production build (`next build`) and node_modules; default: this checkout.
import { createClient } from "@libsql/client";
import os from "node:os";
import path from "node:path";
import { startFlatServer, type FlatServer } from "./flat-server";
import { fmtMs, summarize } from "./stats";

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = 3;
const LOAD_SECONDS = 6;
const THUMB_CLIENTS = 4;
const PAGE_SIZE = 60; // lib/views/gallery.ts GALLERY_PAGE_SIZE
const PROJECTS_PAGE_SIZE = 24; // lib/db/project-list.ts

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

/** The cursor of the gallery's last page (the row before it), as lib/db/gallery-query.ts encodes it. */
async function deepestCursor(s: FlatServer): Promise<string> {
  const db = createClient({ url: `file:${path.join(s.dataDir, "fresco.db")}` });
  const offset = Math.floor((s.seeded.images - 1) / PAGE_SIZE) * PAGE_SIZE - 1;
  const { rows } = await db.execute({
    sql: `SELECT i."id", i."createdAt" || '' AS "at", g."costUsd" + 0 AS "cost" FROM "Image" i JOIN "Generation" g ON g."id" = i."generationId"
      WHERE g."teamId" = ? AND i."trashedAt" IS NULL ORDER BY i."createdAt" DESC, i."id" DESC LIMIT 1 OFFSET ?`,
    args: [s.seeded.teamId, offset],
  });
  db.close();
  const r = rows[0]!;
  return Buffer.from(JSON.stringify([r.cost ?? null, r.at, r.id])).toString("base64url");
}

/** /projects' last page (its cursor: the card before it, as lib/db/project-list.ts encodes it); the first when there is one. */
async function lastProjectsPage(s: FlatServer): Promise<string> {
  const db = createClient({ url: `file:${path.join(s.dataDir, "fresco.db")}` });
  const { rows: counted } = await db.execute({ sql: `SELECT COUNT(*) AS "n" FROM "ProjectStats" WHERE "teamId" = ?`, args: [s.seeded.teamId] });
  const offset = Math.floor((Number(counted[0]!.n) - 1) / PROJECTS_PAGE_SIZE) * PROJECTS_PAGE_SIZE - 1;
  const { rows } = await db.execute({
    sql: `SELECT "projectId", "lastActivityAt" || '' AS "at" FROM "ProjectStats" WHERE "teamId" = ? ORDER BY "lastActivityAt" DESC, "projectId" DESC LIMIT 1 OFFSET ?`,
    args: [s.seeded.teamId, Math.max(0, offset)],
  });
  db.close();
  if (offset < 0) return "/projects";
  const key = { at: new Date(String(rows[0]!.at)).toISOString(), id: String(rows[0]!.projectId) };
  return `/projects?after=${Buffer.from(JSON.stringify(key)).toString("base64url")}`;
}

async function get(s: FlatServer, route: string, headers: Record<string, string> = {}): Promise<Response> {
  const res = await fetch(s.url + route, { headers: { cookie: s.cookie, ...headers }, redirect: "manual" });
  await res.arrayBuffer();
  return res;
}

async function pagesOf(s: FlatServer): Promise<Record<string, string>> {
  const { newestImageId, oldestImageId, projectIds } = s.seeded;
  return {
    studio: "/studio",
    edit: "/studio/edit",
    "gallery, first page": "/gallery",
    "gallery, deepest page": `/api/gallery?cursor=${await deepestCursor(s)}`,
    // An image's page is its generation's, with the image named (seeded ids: <generation>-i<index>).
    "image page (oldest)": `/gallery/${oldestImageId.replace(/-i\d+$/, "")}?image=${oldestImageId}`,
    "image route (thumbnail)": `/api/images/${newestImageId}?variant=thumb`,
    usage: "/usage",
    projects: "/projects",
    "projects, last page": await lastProjectsPage(s),
    "history (a project)": `/projects/${projectIds[Math.floor(projectIds.length / 2)]}`,
    activity: "/activity",
    "activity, for me": "/activity?for=me",
  };
}

/** Conditional thumbnail requests per second from a few clients, for LOAD_SECONDS. */
async function thumbsPerSecond(s: FlatServer, imageId: string, background?: string): Promise<{ perSecond: number; heavyLoads: number }> {
  const route = `/api/images/${imageId}?variant=thumb`;
  const etag = (await get(s, route)).headers.get("etag") ?? "";
  const until = Date.now() + LOAD_SECONDS * 1000;
  let done = 0;
  let heavyLoads = 0;
  // A reset connection (a keep-alive socket the server closed as it was reused) is retried,
  // not counted.
  const client = async () => {
    while (Date.now() < until) {
      const res = await get(s, route, { "if-none-match": etag }).catch(() => null);
      if (res && res.status !== 304) throw new Error(`a conditional thumbnail answered ${res.status}`);
      if (res) done++;
    }
  };
  const heavy = async () => {
    while (background && Date.now() < until) {
      if (await get(s, background).catch(() => null)) heavyLoads++;
    }
  };
  await Promise.all([...Array.from({ length: THUMB_CLIENTS }, client), heavy()]);
  return { perSecond: done / LOAD_SECONDS, heavyLoads };
}

interface SizeResult {
  size: number;
  images: number;
  seedMs: number;
  p50: Record<string, number>;
  heaviest: string;
  thumbsAlone: number;
  thumbsLoaded: number;
}

/**
 * Every size's server runs at once, and each page is timed on them in turn (1k, 10k, 100k,
 * 1k, …), so the machine's load, which others share, falls on every size alike.
 */
async function measureAll(servers: FlatServer[]): Promise<SizeResult[]> {
  const pages = await Promise.all(servers.map(pagesOf));
  const samples = servers.map(() => ({}) as Record<string, number[]>);
  for (const name of Object.keys(pages[0]!)) {
    for (let i = 0; i < RUNS + WARMUP; i++) {
      for (const [k, s] of servers.entries()) {
        const t0 = performance.now();
        const res = await get(s, pages[k]![name]!);
        if (res.status !== 200) throw new Error(`${pages[k]![name]} answered ${res.status}`);
        if (i >= WARMUP) (samples[k]![name] ??= []).push(performance.now() - t0);
      }
    }
  }
  const p50s = samples.map((byPage) => Object.fromEntries(Object.entries(byPage).map(([n, xs]) => [n, summarize(xs).median])));
  for (const name of Object.keys(p50s[0]!)) console.log(`  (${name}: ${p50s.map((p) => fmtMs(p[name]!)).join(" / ")})`);
  // The heaviest page at the largest size is the one loaded in a loop, at every size.
  const heaviest = Object.entries(p50s.at(-1)!).filter(([n]) => !n.startsWith("image route")).sort((a, b) => b[1] - a[1])[0]![0];
  const alone = servers.map(() => [] as number[]);
  const loaded = servers.map(() => [] as number[]);
  for (let round = 0; round < 2; round++) {
    for (const [k, s] of servers.entries()) {
      alone[k]!.push((await thumbsPerSecond(s, s.seeded.newestImageId)).perSecond);
      loaded[k]!.push((await thumbsPerSecond(s, s.seeded.newestImageId, pages[k]![heaviest])).perSecond);
    }
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return servers.map((s, k) => ({
    size: s.seeded.generations,
    images: s.seeded.images,
    seedMs: s.seedMs,
    p50: p50s[k]!,
    heaviest,
    thumbsAlone: mean(alone[k]!),
    thumbsLoaded: mean(loaded[k]!),
  }));
}

function report(results: SizeResult[]): void {
  const first = results[0]!;
  const last = results.at(-1)!;
  const head = ["page (server p50)", ...results.map((r) => `${r.size / 1000}k`), `${last.size / 1000}k / ${first.size / 1000}k`];
  const rows = Object.keys(first.p50).map((page) => [page, ...results.map((r) => fmtMs(r.p50[page]!)), `${(last.p50[page]! / first.p50[page]!).toFixed(2)}×`]);
  rows.push(["thumbnails/s alone (304)", ...results.map((r) => r.thumbsAlone.toFixed(0)), `${(first.thumbsAlone / last.thumbsAlone).toFixed(2)}× slower`]);
  rows.push([`thumbnails/s, ${first.heaviest} in a loop`, ...results.map((r) => r.thumbsLoaded.toFixed(0)), ""]);
  rows.push(["  alone / loaded", ...results.map((r) => `${(r.thumbsAlone / r.thumbsLoaded).toFixed(2)}×`), ""]);
  const widths = head.map((_, i) => Math.max(...[head, ...rows].map((r) => r[i]!.length)));
  for (const r of [head, ...rows]) console.log(`  ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("   ")}`);
}

export async function benchFlat(): Promise<void> {
  const appDir = path.resolve(arg("app", process.cwd()));
  const sizes = arg("sizes", "1000,10000,100000").split(",").map(Number);
  const port = Number(arg("port", "3770"));
  console.log(`\nFlat cost: server time per page at ${sizes.map((s) => s.toLocaleString("en")).join(", ")} generations (${RUNS} requests each, sizes interleaved, p50; ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)} at start)`);
  const servers: FlatServer[] = [];
  try {
    for (const [i, size] of sizes.entries()) {
      const s = await startFlatServer({ appDir, dataDir: path.join(os.tmpdir(), "fresco", "flat", `bench-${size}`), generations: size, port: port + 2 * i });
      servers.push(s);
      console.log(`  ${size.toLocaleString("en")} generations (${s.seeded.images.toLocaleString("en")} images) seeded in ${fmtMs(s.seedMs)}; load ${os.loadavg()[0]!.toFixed(1)}`);
    }
    report(await measureAll(servers));
  } finally {
    for (const s of servers) await s.stop();
  }
  console.log(`  (load ${os.loadavg()[0]!.toFixed(1)} at the end)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  benchFlat().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
