// The shared seeder for benchmarks at scale (bench/flat.ts, the gallery and speed benches):
// N generations of one team over the last year, as the app stores them, written in bulk.
// Several people, each with a live sign-in; projects of about 150 steps (people start new
// ones as work grows), refinements of earlier images, varied prompts (a quarter re-run one of
// the person's recent ones), 4 % failed, 2 % canceled, 1 % interrupted, 3 % of costs unknown,
// 1–4 images per success pointing at REAL files in the blob store (a few distinct pictures,
// content-addressed, so any image route serves bytes), a budget hold and a feed line per run,
// and another team's work beside it (a tenth as much) so that every query has to scope.
//
//   const seeded = await seedFresco({ dataDir, generations: 10_000 });            // SQLite
//   const seeded = await seedFresco({ dataDir, generations: 10_000, url: pgUrl }); // PostgreSQL
//
// The database must be migrated already (prisma migrate deploy). Deterministic for a size.
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { keyFor, sha256Hex } from "@/lib/ports/blob-keys";
import { bulkWriter, type BulkWriter } from "./seed-writer";

const WORDS = `lighthouse cliff dusk harbour kite dune orchard glass copper teapot paper boat puddle fox
forest river mountain valley meadow city street market lantern bridge tower castle garden
winter summer autumn spring storm rain snow fog sunrise sunset moon star comet nebula ocean
wave reef coral whale heron owl sparrow tiger horse wolf bear rabbit cat dog portrait still
life bowl fruit lemon cherry bread coffee wine bottle candle mirror window door staircase
library book map compass clock bicycle train tram car ship plane balloon robot astronaut
knight dragon wizard dancer violin piano guitar drum festival parade carnival circus desert
canyon glacier volcano island jungle temple ruin village cottage barn mill tractor field
neon chrome rust watercolour charcoal ink pastel oil gouache pixel isometric cinematic
café zürich señor crème brûlée naïve façade`.split(/\s+/);
const MODELS = ["gpt-image-1-mini", "gpt-image-1", "gpt-image-1.5"];
const QUALITIES = ["low", "medium", "high"];
const REVIEW = ["draft", "draft", "draft", "draft", "in_review", "approved", "rejected"];
const PEOPLE = ["Olga", "Adam", "Milo", "Vera", "Ines", "Kofi"] as const;
const ROLES = ["owner", "admin", "member", "member", "member", "viewer"] as const;
const STEPS_PER_PROJECT = 150;
const SESSION_DAYS = 30;

export interface SeededPerson {
  userId: string;
  name: string;
  email: string;
  role: string;
  /** The Session row's token: what a sign-in cookie carries (e2e/fixtures/session-cookie.ts). */
  sessionToken: string;
  expires: Date;
}

export interface SeededFresco {
  teamId: string;
  otherTeamId: string;
  /** The team's people, the owner first. */
  people: SeededPerson[];
  projectIds: string[];
  /** Generations and images of the team (not the other team's). */
  generations: number;
  images: number;
  /** The team's newest and oldest image ids (a detail page, the gallery's far end). */
  newestImageId: string;
  oldestImageId: string;
}

/** A small deterministic generator, so every run seeds the same data for a size. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32);
}

/** DateTime as @prisma/adapter-libsql writes it (PostgreSQL reads the same literal). */
const stamp = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");
const q = (v: string | number | null) => (v === null ? "NULL" : typeof v === "number" ? String(v) : `'${v.replaceAll("'", "''")}'`);
const row = (values: (string | number | null)[]) => `(${values.map(q).join(", ")})`;

interface StoredFile {
  key: string;
  thumbKey: string;
  sha: string;
  bytes: number;
}

/** A few distinct real pictures and their thumbnails, written where the blob store keeps them. */
async function writeFiles(dataDir: string, count: number): Promise<StoredFile[]> {
  const files: StoredFile[] = [];
  for (let i = 0; i < count; i++) {
    const png = await sharp(randomBytes(16 * 16 * 3), { raw: { width: 16, height: 16, channels: 3 } }).resize(1024, 1024, { kernel: "cubic" }).png().toBuffer();
    const thumb = await sharp(png).resize(384, 384).webp({ quality: 70 }).toBuffer();
    const put = (bytes: Buffer, ext: "png" | "webp") => {
      const key = keyFor(sha256Hex(bytes), ext);
      mkdirSync(path.dirname(path.join(dataDir, "blobs", key)), { recursive: true });
      writeFileSync(path.join(dataDir, "blobs", key), bytes);
      return key;
    };
    files.push({ key: put(png, "png"), thumbKey: put(thumb, "webp"), sha: sha256Hex(png), bytes: png.byteLength });
  }
  return files;
}

interface TeamPlan {
  teamId: string;
  name: string;
  people: SeededPerson[];
  projects: string[];
}

async function writePeopleAndProjects(db: BulkWriter, plan: TeamPlan, now: number, projectCount: number): Promise<void> {
  const at = stamp(now - 366 * 86_400_000);
  await db.insert("Team", ["id", "name", "createdAt"], [row([plan.teamId, plan.name, at])]);
  const users: string[] = [];
  const members: string[] = [];
  const sessions: string[] = [];
  const projects: string[] = [];
  for (const [i, p] of plan.people.entries()) {
    users.push(row([p.userId, p.email, p.name, at]));
    members.push(row([`${p.userId}-m`, plan.teamId, p.userId, p.role, at]));
    sessions.push(row([`${p.userId}-s`, p.sessionToken, p.userId, stamp(p.expires.getTime()), plan.teamId, stamp(now)]));
    // Everyone's starting project, as sign-up makes it.
    projects.push(row([plan.projects[i]!, plan.teamId, `${p.name}'s project`, p.userId, p.userId, at, at]));
  }
  for (let i = plan.people.length; i < projectCount; i++) {
    plan.projects.push(`${plan.teamId}-p${i}`);
    projects.push(row([plan.projects[i]!, plan.teamId, `Project ${i}`, plan.people[i % plan.people.length]!.userId, null, at, at]));
  }
  await db.insert("User", ["id", "email", "name", "createdAt"], users);
  await db.insert("Membership", ["id", "teamId", "userId", "role", "createdAt"], members);
  await db.insert("Session", ["id", "sessionToken", "userId", "expires", "teamId", "createdAt"], sessions);
  await db.insert("Project", ["id", "teamId", "name", "createdById", "defaultForId", "createdAt", "updatedAt"], projects);
}

function planTeam(teamId: string, name: string, people: readonly string[], now: number, tag: string): TeamPlan {
  const expires = new Date(now + SESSION_DAYS * 86_400_000);
  return {
    teamId,
    name,
    people: people.map((n, i) => ({
      userId: `${teamId}-u${i}`,
      name: n,
      email: `${n.toLowerCase()}-${tag}@${teamId}.bench.test`,
      role: ROLES[i] ?? "member",
      sessionToken: randomBytes(24).toString("hex"),
      expires,
    })),
    projects: people.map((_, i) => `${teamId}-p${i}`),
  };
}

/** Seeds the database at `url` (default: the SQLite file in `dataDir`) and the blob folder in `dataDir`. */
export async function seedFresco(opts: { dataDir: string; generations: number; url?: string; now?: Date }): Promise<SeededFresco> {
  const now = (opts.now ?? new Date()).getTime();
  const db = await bulkWriter(opts.url ?? `file:${path.join(opts.dataDir, "fresco.db")}`);
  const random = rng(18);
  const pickOf = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const files = await writeFiles(opts.dataDir, 12);
  const tag = String(now);
  const team = planTeam("bench", "Bench", PEOPLE, now, tag);
  const other = planTeam("bench-other", "Other", ["Otto", "Odile"], now, tag);
  const otherCount = Math.ceil(opts.generations / 10);
  await writePeopleAndProjects(db, team, now, Math.max(PEOPLE.length + 2, Math.ceil(opts.generations / STEPS_PER_PROJECT)));
  await writePeopleAndProjects(db, other, now, Math.max(4, Math.ceil(otherCount / STEPS_PER_PROJECT)));

  const span = 365 * 86_400_000;
  const total = opts.generations + otherCount;
  const recent = new Map<string, string[]>(); // a person's last prompts
  const lastImage = new Map<string, string>(); // a project's newest image, in rows already written
  let teamGenerations = 0;
  let images = 0;
  let newestImageId = "";
  let oldestImageId = "";
  const first = now - span;
  for (let g = 0; g < total; ) {
    const gens: string[] = [];
    const imgs: string[] = [];
    const holds: string[] = [];
    const feed: string[] = [];
    const newest = new Map<string, string>();
    for (let k = 0; k < 1000 && g < total; k++, g++) {
      const inTeam = g % 11 !== 10; // about one in eleven is the other team's
      const plan = inTeam ? team : other;
      const person = pickOf(plan.people.slice(0, plan === team ? 5 : 2)); // viewers do not generate
      // Work flows into the newest projects; older ones are done.
      const open = Math.min(plan.projects.length, Math.max(2, Math.ceil(((g + 1) / total) * plan.projects.length)));
      const project = plan.projects[open - 1 - Math.floor(random() * Math.min(open, 3))]!;
      // A tenth of generations share their instant with the previous one.
      const at = first + Math.floor(((g - (random() < 0.1 && g > 0 ? 1 : 0)) / total) * (span - 60_000));
      const mine = recent.get(person.userId) ?? [];
      const prompt = mine.length > 0 && random() < 0.25 ? pickOf(mine) : Array.from({ length: 5 + Math.floor(random() * 9) }, () => pickOf(WORDS)).join(" ");
      recent.set(person.userId, [prompt, ...mine.filter((p) => p !== prompt)].slice(0, 10));
      const roll = random();
      const status = roll < 0.04 ? "failed" : roll < 0.06 ? "canceled" : roll < 0.07 ? "interrupted" : "succeeded";
      const sent = status !== "canceled" || random() < 0.5;
      const cost = status === "succeeded" && random() >= 0.03 ? Number((0.005 + random() * 0.25).toFixed(6)) : null;
      const n = status === "succeeded" ? 1 + Math.floor(random() * 4) : 0;
      const model = pickOf(MODELS);
      const params = JSON.stringify({ model, prompt, n, size: "1024x1024", quality: pickOf(QUALITIES), background: "auto", moderation: "auto", output_format: "png" });
      const parent = lastImage.get(project) && random() < 0.3 ? lastImage.get(project)! : null;
      const id = `${plan.teamId}-g${g}`;
      const tokens = status === "succeeded" ? [20 + Math.floor(random() * 60), 0, 272 * n, 0] : [null, null, null, null];
      gens.push(
        row([
          id, plan.teamId, person.userId, "generate", model, prompt, params, status,
          status === "failed" ? "content_policy" : null, status === "failed" ? "The provider refused the request." : null,
          ...tokens, tokens[0] === null ? null : tokens.reduce<number>((a, b) => a + (b ?? 0), 0),
          cost, stamp(at), sent ? stamp(at + 50) : null, status === "succeeded" || status === "failed" ? stamp(at + 9000) : null, project, parent,
        ]),
      );
      holds.push(row([id, plan.teamId, person.userId, stamp(at).slice(0, 7), 50_000, stamp(at), stamp(at + 9000), cost === null ? "kept" : "settled", cost === null ? null : Math.round(cost * 1e6)]));
      for (let i = 0; i < n; i++) {
        const imageId = `${id}-i${i}`;
        const file = files[(g + i) % files.length]!;
        const pick = random() < 0.1 ? "finalist" : random() < 0.1 ? "discarded" : null;
        imgs.push(row([imageId, id, i, "png", 1024, 1024, file.bytes, file.sha, file.key, file.thumbKey, stamp(at), pickOf(REVIEW), pick]));
        newest.set(project, imageId);
        if (inTeam) {
          images++;
          newestImageId = imageId;
          oldestImageId ||= imageId;
        }
      }
      if (inTeam) teamGenerations++;
      if (n > 0) feed.push(row([`${id}-a`, plan.teamId, "generated", person.userId, `${id}-i0`, stamp(at + 9000)]));
    }
    await db.insert(
      "Generation",
      ["id", "teamId", "createdById", "kind", "model", "prompt", "params", "status", "errorCode", "errorMessage", "textTokensIn", "textTokensOut", "imageTokensOut", "imageTokensIn", "totalTokens", "costUsd", "createdAt", "sentAt", "finishedAt", "projectId", "parentImageId"],
      gens,
    );
    await db.insert("Image", ["id", "generationId", "index", "format", "width", "height", "bytes", "sha256", "storageKey", "thumbnailKey", "createdAt", "reviewState", "pick"], imgs);
    await db.insert("BudgetReservation", ["generationId", "teamId", "userId", "month", "micros", "createdAt", "settledAt", "outcome", "actualMicros"], holds);
    await db.insert("Activity", ["id", "teamId", "kind", "actorId", "imageId", "createdAt"], feed);
    for (const [project, imageId] of newest) lastImage.set(project, imageId);
  }
  await db.finish();
  return { teamId: team.teamId, otherTeamId: other.teamId, people: team.people, projectIds: team.projects, generations: teamGenerations, images, newestImageId, oldestImageId };
}
