// ?variant=diff&against=: both ids pass the team check, through the real route and door.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { who } from "@/lib/testing/signed-in";
import { makeGeneration, makePerson, makeTeam } from "@/lib/testing/people";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/signed-in"));

const imageRoute = await import("@/app/api/images/[id]/route");

const diffOf = (id: string, against: string) =>
  imageRoute.GET(new Request(`http://localhost/x?variant=diff&against=${against}`), { params: Promise.resolve({ id }) });

let a = "";
let b = "";
let foreign = "";
beforeAll(async () => {
  const bea = await makePerson("Bea");
  const theirTeam = await makeTeam(bea, "Team B");
  foreign = (await makeGeneration(theirTeam, bea.user.id)).images[0]!.id;
  who.current = await makePerson("Ann");
  const teamId = await makeTeam(who.current, "Team A");
  a = (await makeGeneration(teamId, who.current.user.id)).images[0]!.id;
  b = (await makeGeneration(teamId, who.current.user.id)).images[0]!.id;
});

describe("GET /api/images/[id]?variant=diff", () => {
  it("serves the difference of two of the team's images as a PNG", async () => {
    const res = await diffOf(a, b);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
  });

  it("answers another team's image as `against` exactly like a missing one", async () => {
    expect((await diffOf(a, foreign)).status).toBe(404);
    expect((await diffOf(a, "missing")).status).toBe(404);
    expect((await diffOf(foreign, a)).status).toBe(404);
  });
});
