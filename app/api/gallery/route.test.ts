// GET /api/gallery through the real door and database: the address's filters are parsed at the
// edge (a wrong one is a sentence and a 400), pages follow their cursor, and another team's
// ids find nothing. And the star: per person, any member, never another team's image.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { who } from "@/lib/testing/signed-in";
import { prisma } from "@/lib/db/client";
import { join, makeGeneration, makePerson, makeTeam } from "@/lib/testing/people";
import type { SignedIn } from "@/lib/auth/session";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/signed-in"));

const route = await import("./route");
const { favouriteImageAction } = await import("@/lib/actions/gallery/favourite-image");

let owner: SignedIn, viewer: SignedIn, stranger: SignedIn;
let imageIds: string[] = [];
let foreignImage = "", foreignProject = "";

const get = async (query: string) => {
  const res = await route.GET(new Request(`http://localhost/api/gallery?${query}`), { params: Promise.resolve({}) });
  return { status: res.status, body: (await res.json()) as { view?: string; items?: { id: string }[]; next?: string | null; error?: string } };
};

beforeAll(async () => {
  owner = await makePerson("Olga");
  const teamId = await makeTeam(owner, "Studio");
  viewer = await makePerson("Vic");
  await join(viewer, teamId, "viewer");
  for (let i = 0; i < 3; i++) imageIds.push((await makeGeneration(teamId, owner.user.id)).images[0]!.id);
  imageIds = imageIds.reverse(); // newest first
  stranger = await makePerson("Sam");
  const otherTeam = await makeTeam(stranger, "Elsewhere");
  foreignImage = (await makeGeneration(otherTeam, stranger.user.id)).images[0]!.id;
  foreignProject = (await prisma.project.create({ data: { teamId: otherTeam, name: "Theirs" } })).id;
});

describe("GET /api/gallery", () => {
  it("pages through the team's images by cursor", async () => {
    who.current = viewer;
    const first = await get("");
    expect(first.status).toBe(200);
    expect(first.body.items!.map((i) => i.id)).toEqual(imageIds);
    expect(first.body.next).toBeNull();
  });

  it.each([
    ["status=bogus", "The status filter is one of: failed, canceled, interrupted."],
    ["sort=random", "The sort filter is one of: newest, oldest, cost."],
    ["from=2026-13-45", "That date does not exist."],
    ["from=yesterday", "Dates are written YYYY-MM-DD."],
    ["from=2026-11-05&to=2026-11-01", "The start date is after the end date."],
    ["min=-1", "A cost is a number of dollars, such as 0.05."],
    ["min=2&max=1", "The lowest cost is above the highest."],
    [`q=${"x".repeat(201)}`, "A search is at most 200 characters."],
    ["cursor=garbage", "This page of the gallery is out of date: open the gallery again."],
  ])("?%s is refused with a sentence", async (query, error) => {
    who.current = owner;
    expect(await get(query)).toEqual({ status: 400, body: { error } });
  });

  it("another team's project is not found, another team's author finds nothing", async () => {
    who.current = owner;
    expect(await get(`project=${foreignProject}`)).toEqual({ status: 404, body: { error: "That project was not found in this team. Choose another one." } });
    expect((await get(`author=${stranger.user.id}`)).body.items).toEqual([]);
    expect((await get("q=secret")).body.items!.map((i) => i.id)).toEqual(imageIds); // not team B's "secret"
  });

  it("is closed to someone signed out", async () => {
    who.current = null;
    expect((await get("")).status).toBe(401);
  });
});

describe("favourites", () => {
  it("any member, a viewer too, stars an image for themselves only", async () => {
    who.current = viewer;
    expect((await favouriteImageAction({ imageId: imageIds[1]!, favourite: true })).data).toEqual({ imageId: imageIds[1], favourite: true });
    expect((await get("fav=1")).body.items!.map((i) => i.id)).toEqual([imageIds[1]]);
    who.current = owner;
    expect((await get("fav=1")).body.items).toEqual([]);
    who.current = viewer;
    await favouriteImageAction({ imageId: imageIds[1]!, favourite: false });
    expect((await get("fav=1")).body.items).toEqual([]);
  });

  it("another team's image answers as a missing one and gets no star", async () => {
    who.current = owner;
    expect((await favouriteImageAction({ imageId: foreignImage, favourite: true })).serverError).toBe("Not found.");
    expect(await prisma.favourite.count({ where: { imageId: foreignImage } })).toBe(0);
  });
});
