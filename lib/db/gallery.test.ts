// The gallery's query against the real database: every filter, keyset pages over equal
// timestamps, search (diacritics, prefixes, hostile input), neighbours, and team scoping.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "./client";
import { galleryNeighbours, galleryPage } from "./gallery";
import { setFavourite } from "./favourites";
import { ftsQuery } from "./gallery-query";
import { makePerson, makeTeam, join } from "@/lib/testing/people";
import type { SignedIn } from "@/lib/auth/session";
import type { GalleryFilters } from "@/lib/views/gallery";

let ann: SignedIn, bob: SignedIn, eve: SignedIn;
let teamId = "", otherTeamId = "", projectId = "", otherProjectId = "";
const ids: Record<string, string> = {};
let n = 0;

/** A generation with one image, made at `at` (ISO), by `who`. */
async function make(name: string, opts: { prompt: string; at: string; who?: SignedIn; team?: string; model?: string; cost?: string | null; status?: string; project?: string; pick?: string; review?: string }) {
  n += 1;
  const team = opts.team ?? teamId;
  const status = opts.status ?? "succeeded";
  const g = await prisma.generation.create({
    data: {
      teamId: team, createdById: (opts.who ?? ann).user.id, kind: "generate", model: opts.model ?? "gpt-image-1-mini", prompt: opts.prompt, params: {},
      status, errorMessage: status === "failed" ? "The provider refused the prompt." : null, costUsd: opts.cost === undefined ? "0.01" : opts.cost,
      projectId: opts.project, createdAt: new Date(opts.at),
      images: status === "succeeded" ? { create: [{ index: 0, format: "png", width: 8, height: 8, bytes: 1, sha256: `s${n}`, storageKey: `k${n}`, thumbnailKey: `aa/bb/t${n}.webp`, createdAt: new Date(opts.at), pick: opts.pick, reviewState: opts.review }] } : undefined,
    },
    include: { images: true },
  });
  ids[name] = g.images[0]?.id ?? g.id;
}

const names = async (filters: GalleryFilters, who: SignedIn = ann, team = teamId) => {
  const page = await galleryPage({ teamId: team, userId: who.user.id, filters });
  return page.items.map((i) => Object.entries(ids).find(([, id]) => id === i.id)?.[0]);
};

beforeAll(async () => {
  [ann, bob, eve] = [await makePerson("Ann"), await makePerson("Bob"), await makePerson("Eve")];
  teamId = await makeTeam(ann, "Studio");
  await join(bob, teamId, "member");
  otherTeamId = await makeTeam(eve, "Elsewhere");
  projectId = (await prisma.project.create({ data: { teamId, name: "Coast" } })).id;
  otherProjectId = (await prisma.project.create({ data: { teamId: otherTeamId, name: "Theirs" } })).id;
  await make("lighthouse", { prompt: "A lighthouse on a cliff at dusk", at: "2026-11-01T10:00:00Z", project: projectId, pick: "finalist", review: "approved", cost: "0.05" });
  await make("cafe", { prompt: "Un café à Zürich", at: "2026-11-02T10:00:00Z", who: bob, model: "gpt-image-1", cost: "0.20", review: "in_review" });
  await make("kite", { prompt: "A kite over dunes", at: "2026-11-03T10:00:00Z", pick: "discarded", cost: null });
  await make("failed", { prompt: "A lighthouse that failed", at: "2026-11-04T10:00:00Z", status: "failed" });
  await make("secret", { prompt: "A lighthouse of team B", at: "2026-11-05T10:00:00Z", who: eve, team: otherTeamId, project: otherProjectId });
});

describe("gallery filters", () => {
  it("shows the team's images newest first, never another team's nor a failed run", async () => {
    expect(await names({})).toEqual(["kite", "cafe", "lighthouse"]);
    expect(await names({ sort: "oldest" })).toEqual(["lighthouse", "cafe", "kite"]);
    expect(await names({ sort: "cost" })).toEqual(["cafe", "lighthouse", "kite"]); // unknown cost last
  });

  it("narrows by author, project, model, review state, pick, date and cost", async () => {
    expect(await names({ author: bob.user.id })).toEqual(["cafe"]);
    expect(await names({ project: projectId })).toEqual(["lighthouse"]);
    expect(await names({ model: "gpt-image-1" })).toEqual(["cafe"]);
    expect(await names({ review: "approved" })).toEqual(["lighthouse"]);
    expect(await names({ review: "draft" })).toEqual(["kite"]);
    expect(await names({ pick: "finalist" })).toEqual(["lighthouse"]);
    expect(await names({ pick: "discarded" })).toEqual(["kite"]);
    expect(await names({ pick: "kept" })).toEqual(["cafe", "lighthouse"]);
    expect(await names({ from: "2026-11-02", to: "2026-11-02" })).toEqual(["cafe"]);
    expect(await names({ from: "2026-11-02" })).toEqual(["kite", "cafe"]);
    expect(await names({ min: "0.04", max: "0.06" })).toEqual(["lighthouse"]);
    expect(await names({ min: "0.1" })).toEqual(["cafe"]);
  });

  it("lists failed work apart, one line each with its reason and cost", async () => {
    const page = await galleryPage({ teamId, userId: ann.user.id, filters: { status: "failed" } });
    expect(page).toMatchObject({ view: "runs", next: null, items: [{ id: ids.failed, prompt: "A lighthouse that failed", reason: "The provider refused the prompt.", costUsd: "0.01" }] });
  });

  it("favourites are each person's own", async () => {
    await setFavourite({ teamId, userId: bob.user.id, imageId: ids.kite!, favourite: true });
    expect(await names({ fav: "1" }, ann)).toEqual([]);
    expect(await names({ fav: "1" }, bob)).toEqual(["kite"]);
    const [kite] = (await galleryPage({ teamId, userId: bob.user.id, filters: {} })).items;
    expect(kite).toMatchObject({ id: ids.kite, favourite: true });
    await setFavourite({ teamId, userId: bob.user.id, imageId: ids.kite!, favourite: false });
    expect(await names({ fav: "1" }, bob)).toEqual([]);
    // Another team's image cannot be starred: it is as missing as an unknown id.
    await expect(setFavourite({ teamId, userId: ann.user.id, imageId: ids.secret!, favourite: true })).rejects.toThrow("Not found.");
  });
});

describe("search", () => {
  it("finds words of the prompt, by prefix and without accents, only in the team", async () => {
    expect(await names({ q: "lighthouse" })).toEqual(["lighthouse"]);
    expect(await names({ q: "light cli" })).toEqual(["lighthouse"]);
    expect(await names({ q: "cafe zurich" })).toEqual(["cafe"]);
    expect(await names({ q: "lighthouse" }, eve, otherTeamId)).toEqual(["secret"]);
    expect(await names({ q: "lighthouse", status: "failed" })).toEqual(["failed"]);
  });

  it("treats operators, quotes and brackets as text, never as an SQL or FTS error", async () => {
    for (const q of ['"', 'light" OR "kite', "NEAR(a b)", "*", "-kite", ")(", "'; DROP TABLE Image; --", "AND", "^light", "col:kite", "\u0000"]) {
      await expect(names({ q }), q).resolves.toBeInstanceOf(Array);
    }
    expect(await names({ q: 'kite" OR "lighthouse' })).toEqual([]); // every word is required
    expect(await names({ q: "!!!" })).toEqual([]);
    expect(ftsQuery('say "hi"')).toBe('"say"* "hi"*');
  });

  it("follows a prompt's change and a generation's deletion", async () => {
    await make("temp", { prompt: "A paper boat", at: "2026-11-06T10:00:00Z" });
    const generation = await prisma.image.findUniqueOrThrow({ where: { id: ids.temp! }, select: { generationId: true } });
    await prisma.generation.update({ where: { id: generation.generationId }, data: { prompt: "A glass orchard" } });
    expect(await names({ q: "boat" })).toEqual([]);
    expect(await names({ q: "orchard" })).toEqual(["temp"]);
    await prisma.generation.delete({ where: { id: generation.generationId } });
    expect(await names({ q: "orchard" })).toEqual([]);
  });
});

describe("team scoping", () => {
  it("another team's author gives nothing, another team's project is not found", async () => {
    expect(await names({ author: eve.user.id })).toEqual([]);
    await expect(galleryPage({ teamId, userId: ann.user.id, filters: { project: otherProjectId } })).rejects.toThrow("That project was not found in this team");
    expect(await galleryNeighbours({ teamId, userId: ann.user.id, filters: {}, imageId: ids.secret! })).toEqual({ previous: null, next: null });
  });
});

describe("keyset pages", () => {
  it("pages through images of the same instant without skipping or repeating one", async () => {
    const team = await makeTeam(await makePerson("Pat"), "Same time");
    const made: string[] = [];
    for (let i = 0; i < 7; i++) {
      await make(`same${i}`, { prompt: `frame ${i}`, at: "2026-11-10T00:00:00Z", team });
      made.push(ids[`same${i}`]!);
    }
    for (const sort of ["newest", "oldest", "cost"] as const) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await galleryPage({ teamId: team, userId: ann.user.id, filters: { sort }, cursor, limit: 3 });
        seen.push(...page.items.map((i) => i.id));
        cursor = page.next ?? undefined;
      } while (cursor);
      const expected = [...made].sort();
      expect(seen, sort).toEqual(sort === "oldest" ? expected : expected.reverse());
    }
  });

  it("an image's neighbours follow the filter's order", async () => {
    expect(await galleryNeighbours({ teamId, userId: ann.user.id, filters: {}, imageId: ids.cafe! })).toMatchObject({ previous: { id: ids.kite }, next: { id: ids.lighthouse } });
    expect(await galleryNeighbours({ teamId, userId: ann.user.id, filters: { pick: "kept" }, imageId: ids.cafe! })).toMatchObject({ previous: null, next: { id: ids.lighthouse } });
  });

  it("a damaged cursor is a sentence, not a crash", async () => {
    await expect(galleryPage({ teamId, userId: ann.user.id, filters: {}, cursor: "not-a-cursor" })).rejects.toThrow("This page of the gallery is out of date");
  });
});
