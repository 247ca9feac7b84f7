// Seeds a team's gallery straight into a Fresco SQLite file, as the app stores it: N images
// (1–4 per generation, some of the same instant), 8 authors, 20 projects, four models, costs,
// review states, picks, favourites, 4% failed and 1% canceled runs, prompts from a vocabulary
// (every word in about 2% of them), and another team's work beside it so scoping has to filter.
import { createClient, type InStatement } from "@libsql/client";
import path from "node:path";

const WORDS = `lighthouse cliff dusk harbour kite dune orchard glass copper teapot paper boat puddle fox
forest river mountain valley meadow city street market lantern bridge tower castle garden
winter summer autumn spring storm rain snow fog sunrise sunset moon star comet nebula ocean
wave reef coral whale heron owl sparrow tiger horse wolf bear rabbit cat dog portrait still
life bowl fruit lemon cherry bread coffee wine bottle candle mirror window door staircase
library book map compass clock bicycle train tram car ship plane balloon robot astronaut
knight dragon wizard dancer violin piano guitar drum festival parade carnival circus desert
canyon glacier volcano island jungle temple ruin village cottage barn mill tractor field
wheat sunflower tulip rose orchid fern moss mushroom pebble crystal marble velvet silk linen
neon chrome rust watercolour charcoal ink pastel oil gouache pixel isometric cinematic
macro aerial panoramic minimalist baroque gothic futuristic retro vintage noir pastoral
café zürich señor crème brûlée naïve façade`.split(/\s+/);

const MODELS = ["gpt-image-1-mini", "gpt-image-1", "gpt-image-1.5", "gpt-image-2"];
const REVIEW = ["draft", "draft", "draft", "draft", "in_review", "approved", "rejected"];

/** A small deterministic generator, so every run seeds the same gallery. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32);
}

const stamp = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");
const q = (v: string | number | null) => (v === null ? "NULL" : typeof v === "number" ? String(v) : `'${v.replaceAll("'", "''")}'`);

export interface SeededGallery {
  teamId: string;
  userId: string;
  authorIds: string[];
  projectIds: string[];
  images: number;
}

/**
 * `userId`/`teamId`: an existing person and team (the bench's signed-up one), else made here.
 * `thumbs`: blob keys of real thumbnail files to use in turn (the browser bench), else fake keys.
 */
export async function seedGallery(dataDir: string, opts: { images: number; teamId?: string; userId?: string; thumbs?: string[] }): Promise<SeededGallery> {
  const db = createClient({ url: `file:${path.join(dataDir, "fresco.db")}` });
  await db.execute("PRAGMA busy_timeout = 5000");
  const random = rng(12);
  const pickOf = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const setup: InStatement[] = [];
  const teamId = opts.teamId ?? "gbench-team";
  const otherTeam = "gbench-other";
  if (!opts.teamId) setup.push(`INSERT INTO "Team" ("id", "name", "createdAt") VALUES ('${teamId}', 'Bench', ${q(stamp(Date.now()))})`);
  setup.push(`INSERT INTO "Team" ("id", "name", "createdAt") VALUES ('${otherTeam}', 'Other', ${q(stamp(Date.now()))})`);
  const authorIds = Array.from({ length: 8 }, (_, i) => `gbench-user-${i}`);
  for (const [i, id] of authorIds.entries()) {
    setup.push(`INSERT INTO "User" ("id", "email", "name", "createdAt") VALUES ('${id}', 'gbench${i}-${Date.now()}@example.test', 'Author ${i}', ${q(stamp(Date.now()))})`);
    setup.push(`INSERT INTO "Membership" ("id", "teamId", "userId", "role", "createdAt") VALUES ('gbench-m-${i}', '${i === 7 ? otherTeam : teamId}', '${id}', 'member', ${q(stamp(Date.now()))})`);
  }
  const userId = opts.userId ?? authorIds[0]!;
  const projectIds = Array.from({ length: 20 }, (_, i) => `gbench-project-${i}`);
  for (const [i, id] of projectIds.entries()) {
    setup.push(`INSERT INTO "Project" ("id", "teamId", "name", "createdAt", "updatedAt") VALUES ('${id}', '${i === 19 ? otherTeam : teamId}', 'Project ${i}', ${q(stamp(Date.now()))}, ${q(stamp(Date.now()))})`);
  }
  await db.batch(setup, "write");

  const start = Date.UTC(2025, 11, 1);
  const span = 365 * 86_400_000;
  let made = 0;
  let g = 0;
  while (made < opts.images) {
    const gens: string[] = [];
    const imgs: string[] = [];
    const favs: string[] = [];
    for (let k = 0; k < 400 && made < opts.images; k++, g++) {
      const other = random() < 0.1;
      const team = other ? otherTeam : teamId;
      const author = other ? authorIds[7]! : opts.userId && random() < 0.3 ? opts.userId : pickOf(authorIds.slice(0, 7));
      const project = other ? projectIds[19]! : pickOf(projectIds.slice(0, 19));
      const roll = random();
      const status = roll < 0.04 ? "failed" : roll < 0.05 ? "canceled" : "succeeded";
      const n = status === "succeeded" ? 1 + Math.floor(random() * 4) : 0;
      // A tenth of generations share their instant with the previous one.
      const at = start + Math.floor(((g - (random() < 0.1 ? 1 : 0)) / (opts.images / 2)) * span);
      const prompt = Array.from({ length: 6 + Math.floor(random() * 7) }, () => pickOf(WORDS)).join(" ");
      const cost = random() < 0.03 ? null : (0.005 + random() * 0.25).toFixed(4);
      const id = `gbench-g${g}`;
      gens.push(`(${[id, team, author, "generate", pickOf(MODELS), prompt, "{}", status, status === "failed" ? "The provider refused the request." : null, cost === null ? null : Number(cost), stamp(at), project].map(q).join(", ")})`);
      for (let i = 0; i < n; i++) {
        const imageId = `gbench-i${g}-${i}`;
        const thumb = opts.thumbs ? opts.thumbs[made % opts.thumbs.length]! : `00/00/t${g}-${i}.webp`;
        const pick = random() < 0.1 ? "finalist" : random() < 0.1 ? "discarded" : null;
        imgs.push(`(${[imageId, id, i, "png", 1024, 1024, 1000, `sha${g}-${i}`, thumb, thumb, stamp(at), pickOf(REVIEW), pick].map(q).join(", ")})`);
        if (!other && random() < 0.05) favs.push(`(${[userId, imageId, teamId, stamp(at)].map(q).join(", ")})`);
        if (!other) made++;
      }
    }
    const batch: InStatement[] = [
      `INSERT INTO "Generation" ("id", "teamId", "createdById", "kind", "model", "prompt", "params", "status", "errorMessage", "costUsd", "createdAt", "projectId") VALUES ${gens.join(", ")}`,
    ];
    if (imgs.length) batch.push(`INSERT INTO "Image" ("id", "generationId", "index", "format", "width", "height", "bytes", "sha256", "storageKey", "thumbnailKey", "createdAt", "reviewState", "pick") VALUES ${imgs.join(", ")}`);
    if (favs.length) batch.push(`INSERT INTO "Favourite" ("userId", "imageId", "teamId", "createdAt") VALUES ${favs.join(", ")}`);
    await db.batch(batch, "write");
  }
  await db.execute("ANALYZE");
  db.close();
  return { teamId, userId, authorIds, projectIds, images: made };
}
