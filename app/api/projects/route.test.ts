// GET /api/projects through the real door and database: the team's projects by name for the
// pickers' type-ahead, any member (a viewer filters the gallery too), never another team's,
// at most a page of them, and a too-long search is a sentence.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { who } from "@/lib/testing/signed-in";
import { prisma } from "@/lib/db/client";
import { join, makePerson, makeTeam } from "@/lib/testing/people";
import type { SignedIn } from "@/lib/auth/session";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/signed-in"));

const route = await import("./route");

let owner: SignedIn, viewer: SignedIn, stranger: SignedIn;

const get = async (query: string) => {
  const res = await route.GET(new Request(`http://localhost/api/projects?${query}`), { params: Promise.resolve({}) });
  return { status: res.status, body: (await res.json()) as { projects?: { id: string; name: string }[]; error?: string } };
};

beforeAll(async () => {
  owner = await makePerson("Olga");
  const teamId = await makeTeam(owner, "Studio");
  viewer = await makePerson("Vic");
  await join(viewer, teamId, "viewer");
  await prisma.project.createMany({ data: Array.from({ length: 30 }, (_, i) => ({ teamId, name: `Poster ${i}` })) });
  await prisma.project.create({ data: { teamId, name: "Spring campaign" } });
  stranger = await makePerson("Sam");
  const otherTeam = await makeTeam(stranger, "Elsewhere");
  await prisma.project.create({ data: { teamId: otherTeam, name: "Spring secrets" } });
});

describe("GET /api/projects", () => {
  it("finds the team's projects by a part of the name, for a viewer too", async () => {
    who.current = viewer;
    const { status, body } = await get("q=spring");
    expect(status).toBe(200);
    expect(body.projects!.map((p) => p.name)).toEqual(["Spring campaign"]);
  });

  it("answers at most 20, however many match", async () => {
    who.current = owner;
    expect((await get("q=poster")).body.projects).toHaveLength(20);
  });

  it("never shows another team's projects", async () => {
    who.current = stranger;
    expect((await get("q=spring")).body.projects!.map((p) => p.name)).toEqual(["Spring secrets"]);
    expect((await get("q=poster")).body.projects).toEqual([]);
  });

  it("refuses a search longer than a name with a sentence, and anyone signed out", async () => {
    who.current = owner;
    const long = await get(`q=${"x".repeat(81)}`);
    expect(long.status).toBe(400);
    expect(long.body.error).toMatch(/at most 80 characters/);
    who.current = null;
    expect((await get("q=spring")).status).toBe(401);
  });
});
