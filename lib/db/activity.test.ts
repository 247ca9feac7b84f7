// The feed pages without losing rows of the same instant, and keeps to its team.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "./client";
import { listActivity, parseCursor } from "./activity";
import { makePerson, makeTeam } from "@/lib/testing/people";

let teamId = "", otherTeam = "", userId = "";

beforeAll(async () => {
  const olga = await makePerson("Olga");
  teamId = await makeTeam(olga, "Studio");
  userId = olga.user.id;
  const sam = await makePerson("Sam");
  otherTeam = await makeTeam(sam, "Elsewhere");
  const at = new Date("2026-11-30T01:00:00Z");
  await prisma.activity.createMany({ data: Array.from({ length: 5 }, () => ({ teamId, kind: "generated", actorId: userId, createdAt: at })) });
  await prisma.activity.create({ data: { teamId: otherTeam, kind: "generated", actorId: sam.user.id } });
});

describe("the activity feed", () => {
  it("pages through rows made in the same instant, each once, and only the team's", async () => {
    const seen: string[] = [];
    let before: ReturnType<typeof parseCursor>;
    for (let page = 0; page < 5; page++) {
      const { items, next } = await listActivity({ teamId, userId, canDecide: true, forMe: false, before, take: 2 });
      seen.push(...items.map((i) => i.id));
      if (!next) break;
      before = parseCursor(next);
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });

  it("reads a cursor it did not make as none", () => {
    expect(parseCursor("yesterday_x")).toBeUndefined();
    expect(parseCursor(["a"])).toBeUndefined();
  });
});
