// The feed's "for me" view: what concerns the person, page after page, found by seeking the rows
// that concern them, not by walking the team's feed past everything that concerns nobody.
import { beforeAll, describe, expect, it } from "vitest";
import { probeQueries, sqlitePlans } from "@/lib/testing/query-probe";

const probe = probeQueries();
const { prisma } = await import("./client");
const { listActivity, parseCursor } = await import("./activity");
const { join, makePerson, makeTeam } = await import("@/lib/testing/people");

let teamId = "";
let ownerId = "";
let memberId = "";
const concernsOwner: string[] = [];

beforeAll(async () => {
  const owner = await makePerson("Olga");
  teamId = await makeTeam(owner, "Studio");
  ownerId = owner.user.id;
  const member = await makePerson("Milo");
  await join(member, teamId, "member");
  memberId = member.user.id;
  const at = (i: number) => new Date(Date.UTC(2026, 10, 1) + i * 1000);
  const rows = [
    { teamId, kind: "commented", actorId: memberId, targetId: ownerId, createdAt: at(1) },
    { teamId, kind: "submitted", actorId: memberId, createdAt: at(2) },
    { teamId, kind: "submitted", actorId: memberId, targetId: ownerId, createdAt: at(3) }, // both reasons: once
    { teamId, kind: "submitted", actorId: ownerId, createdAt: at(4) }, // their own: not for them
    { teamId, kind: "commented", actorId: ownerId, targetId: ownerId, createdAt: at(5) }, // on their own image
    { teamId, kind: "mentioned", actorId: ownerId, targetId: memberId, createdAt: at(6) },
    { teamId, kind: "budget", actorId: null, targetId: ownerId, createdAt: at(7) },
    // Three in one instant: the cursor keeps them apart.
    ...Array.from({ length: 3 }, () => ({ teamId, kind: "approved", actorId: memberId, targetId: ownerId, createdAt: at(8) })),
  ];
  for (const data of rows) {
    const row = await prisma.activity.create({ data });
    if (data.actorId !== ownerId && (data.targetId === ownerId || data.kind === "submitted")) concernsOwner.push(row.id);
  }
  // A long feed after them that concerns nobody.
  await prisma.activity.createMany({ data: Array.from({ length: 400 }, (_, i) => ({ teamId, kind: "generated", actorId: memberId, createdAt: at(100 + i) })) });
});

async function everyPage(opts: { userId: string; canDecide: boolean; take: number }): Promise<string[]> {
  const seen: string[] = [];
  let before: ReturnType<typeof parseCursor>;
  for (let page = 0; page < 20; page++) {
    const { items, next } = await listActivity({ teamId, ...opts, forMe: true, before });
    seen.push(...items.map((i) => i.id));
    if (!next) break;
    before = parseCursor(next);
  }
  return seen;
}

describe("what concerns me", () => {
  it("lists each row that concerns the person once, newest first, across pages", async () => {
    expect(await everyPage({ userId: ownerId, canDecide: true, take: 2 })).toEqual([...concernsOwner].reverse());
    expect(await everyPage({ userId: ownerId, canDecide: true, take: 50 })).toEqual([...concernsOwner].reverse());
    const member = await everyPage({ userId: memberId, canDecide: false, take: 2 });
    expect(member).toHaveLength(1);
  });

  it("drops submissions for a person who does not decide", async () => {
    const ids = await everyPage({ userId: ownerId, canDecide: false, take: 3 });
    const kinds = await prisma.activity.findMany({ where: { id: { in: ids } }, select: { kind: true, targetId: true } });
    expect(kinds.every((r) => r.targetId === ownerId)).toBe(true);
    expect(ids).toHaveLength(concernsOwner.length - 1);
  });

  it.skipIf(!sqlitePlans)("seeks the rows that concern the person, on every page: no read walks the team's feed", async () => {
    const first = await listActivity({ teamId, userId: ownerId, canDecide: true, forMe: true, take: 2 });
    for (const before of [undefined, parseCursor(first.next)]) {
      probe.reset();
      await listActivity({ teamId, userId: ownerId, canDecide: true, forMe: true, before, take: 2 });
      const reads = probe.queries.filter((q) => /FROM\s+\S*Activity\S*\s+WHERE/.test(q.sql));
      expect(reads.length).toBeGreaterThan(0);
      for (const read of reads) {
        expect(read.rows).toBeLessThanOrEqual(6);
        expect((await probe.plan(read)).join("\n")).toMatch(/SEARCH .*Activity.*\((teamId=\? AND (targetId|kind)=\?.*|id=\?)\)/);
      }
    }
  });
});
