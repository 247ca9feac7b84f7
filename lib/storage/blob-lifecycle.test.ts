// Property test of the blob store's lifecycle: random sequences of generate, edit, delete a
// generation and delete a team, in two teams working at the same time on pictures drawn from
// one small pool (so identical bytes, and so shared files, keep appearing within and across
// teams). After every sequence no row points at a missing file and no file lacks a row.
import { describe, expect, it, vi } from "vitest";
import type { SignedIn } from "@/lib/auth/session";
import { deleteGeneration, deleteTeamAndFiles } from "@/lib/storage/deletions";
import { drift, edit, generate, maskPool, picturePool, type EditImage } from "@/lib/testing/blobs";
import { makePerson, makeTeam } from "@/lib/testing/people";

// Hundreds of edits a minute: the per-person rate limit is not what this test is about.
vi.hoisted(() => void (process.env.FRESCO_RATE_LIMIT_PER_MINUTE = "0"));
// Edits are finished by the test itself; the runner is not involved.
vi.mock("@/lib/jobs/runner", () => ({ enqueueGeneration: () => {} }));

/** mulberry32: a small seeded PRNG, so a failing sequence can be replayed from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Team {
  owner: SignedIn;
  who: { teamId: string; userId: string };
  work: { id: string; imageIds: string[] }[];
  rand: () => number;
}

// Each tick is one step in each team, run concurrently: 200 steps a sequence.
const TICKS = 100;
const SEEDS = [1, 7, 2024];

describe("the blob store under random work in two teams", () => {
  it.each(SEEDS)("seed %i: no row points at a missing file and no file lacks a row", async (seed) => {
    const pictures = await picturePool(10);
    const masks = await maskPool(4);
    const teams = await Promise.all(["A", "B"].map((name, i) => newTeam(name, prng(seed * 10 + i))));
    const log: string[] = [];

    const step = async (team: Team, name: string) => {
      const { rand, who } = team;
      const pick = <T>(items: T[]): T => items[Math.floor(rand() * items.length)]!;
      const r = rand();
      if (r < 0.3 || team.work.length === 0) {
        const made = await generate(who, rand() < 0.3 ? [pick(pictures), pick(pictures)] : [pick(pictures)]);
        team.work.push(made);
        log.push(`${name} generate ${made.id}`);
      } else if (r < 0.65) {
        const from = team.work.filter((w) => w.imageIds.length > 0);
        const base: EditImage = from.length > 0 && rand() < 0.6 ? { imageId: pick(pick(from).imageIds) } : { upload: pick(pictures) };
        const images = rand() < 0.3 ? [base, { upload: pick(pictures) }] : [base];
        const m = rand() < 0.6 ? pick(masks) : undefined;
        const made = await edit(who, { images, mask: m, output: pick(pictures), raw: pick(pictures) });
        team.work.push(made);
        log.push(`${name} edit ${made.id}`);
      } else if (r < 0.96) {
        const victim = team.work.splice(Math.floor(rand() * team.work.length), 1)[0]!;
        await deleteGeneration({ teamId: who.teamId, id: victim.id });
        log.push(`${name} delete ${victim.id}`);
      } else {
        await deleteTeamAndFiles({ teamId: who.teamId });
        log.push(`${name} delete team`);
        Object.assign(team, await newTeam(name, rand));
      }
    };

    for (let tick = 1; tick <= TICKS; tick++) {
      await Promise.all(teams.map((team, i) => step(team, i === 0 ? "A" : "B")));
      if (tick % 10 === 0) {
        expect(await drift(), `seed ${seed}, after tick ${tick}: ${log.slice(-6).join("; ")}`).toEqual({ missing: [], orphans: [] });
      }
    }
  }, 240_000);
});

async function newTeam(name: string, rand: () => number): Promise<Team> {
  const owner = await makePerson(`Owner${name}`);
  const teamId = await makeTeam(owner, `Team ${name}`);
  return { owner, who: { teamId, userId: owner.user.id }, work: [], rand };
}
