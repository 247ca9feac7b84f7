// The compare page's pair, read for one team against the real database.
import { beforeAll, describe, expect, it } from "vitest";
import { makeGeneration, makePerson, makeTeam } from "@/lib/testing/people";
import { getComparePair } from "./compare";

let ours: string[] = [];
let theirs = "";
let teamId = "";

beforeAll(async () => {
  const ann = await makePerson("Ann");
  teamId = await makeTeam(ann, "Team A");
  const bea = await makePerson("Bea");
  const other = await makeTeam(bea, "Team B");
  ours = [(await makeGeneration(teamId, ann.user.id)).images[0]!.id, (await makeGeneration(teamId, ann.user.id)).images[0]!.id];
  theirs = (await makeGeneration(other, bea.user.id)).images[0]!.id;
});

describe("getComparePair", () => {
  it("reads two images of the team", async () => {
    const pair = await getComparePair({ teamId, a: ours[0]!, b: ours[1]! });
    expect(pair?.a.id).toBe(ours[0]);
    expect(pair?.b.id).toBe(ours[1]);
    expect(pair?.a.width).toBeGreaterThan(0);
  });

  it("answers another team's image exactly like a missing one, on either side", async () => {
    expect(await getComparePair({ teamId, a: ours[0]!, b: theirs })).toBeNull();
    expect(await getComparePair({ teamId, a: theirs, b: ours[0]! })).toBeNull();
    expect(await getComparePair({ teamId, a: ours[0]!, b: "missing" })).toBeNull();
  });
});
