// The top bar's unread count: what concerns the person since their last look, counted by
// seeking the rows that concern them, not by walking the team's feed since then.
import { beforeAll, describe, expect, it } from "vitest";
import { probeQueries, sqlitePlans } from "@/lib/testing/query-probe";

const probe = probeQueries();
const { prisma } = await import("./client");
const { unreadCount } = await import("./activity");
const { join, makePerson, makeTeam } = await import("@/lib/testing/people");

let teamId = "";
let ownerId = "";
let memberId = "";

beforeAll(async () => {
  const owner = await makePerson("Olga");
  teamId = await makeTeam(owner, "Studio");
  ownerId = owner.user.id;
  const member = await makePerson("Milo");
  await join(member, teamId, "member");
  memberId = member.user.id;
  const at = (i: number) => new Date(Date.now() + i * 1000);
  // A long feed that concerns nobody, and a few rows that do.
  await prisma.activity.createMany({ data: Array.from({ length: 400 }, (_, i) => ({ teamId, kind: "generated", actorId: memberId, createdAt: at(i) })) });
  await prisma.activity.createMany({
    data: [
      { teamId, kind: "commented", actorId: memberId, targetId: ownerId, createdAt: at(401) },
      { teamId, kind: "submitted", actorId: memberId, createdAt: at(402) },
      { teamId, kind: "submitted", actorId: memberId, targetId: ownerId, createdAt: at(403) }, // both reasons: once
      { teamId, kind: "submitted", actorId: ownerId, createdAt: at(404) }, // their own: not unread
      { teamId, kind: "mentioned", actorId: ownerId, targetId: memberId, createdAt: at(405) },
      { teamId, kind: "approved", actorId: null, targetId: memberId, createdAt: at(406) },
    ],
  });
});

describe("the unread count", () => {
  it("counts what concerns each person, once", async () => {
    expect(await unreadCount({ teamId, userId: ownerId, canDecide: true })).toBe(3);
    expect(await unreadCount({ teamId, userId: ownerId, canDecide: false })).toBe(2);
    expect(await unreadCount({ teamId, userId: memberId, canDecide: false })).toBe(2);
  });

  it.skipIf(!sqlitePlans)("seeks the rows that concern the person: every read starts at them, not at the team's feed", async () => {
    probe.reset();
    await unreadCount({ teamId, userId: ownerId, canDecide: true });
    const reads = probe.queries.filter((q) => /Activity/.test(q.sql));
    expect(reads.length).toBeGreaterThan(0);
    for (const read of reads) {
      expect(read.rows).toBeLessThanOrEqual(100);
      expect((await probe.plan(read)).join("\n")).toMatch(/SEARCH .*Activity.*\(teamId=\? AND (targetId|kind)=\? AND createdAt>\?\)/);
    }
  });
});
