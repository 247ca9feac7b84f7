// A repeat visit costs no image bytes: every image and thumbnail has a strong ETag and a year
// of private caching, and a conditional request answers 304 (a list of tags or a weak
// comparison as browsers and proxies send them), never to another team.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { who } from "@/lib/testing/signed-in";
import { makeGeneration, makePerson, makeTeam } from "@/lib/testing/people";
import type { SignedIn } from "@/lib/auth/session";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/signed-in"));

const imageRoute = await import("@/app/api/images/[id]/route");

let owner: SignedIn, stranger: SignedIn;
let imageId = "";
const get = (query: string, headers: Record<string, string> = {}) =>
  imageRoute.GET(new Request(`http://localhost/api/images/${imageId}${query}`, { headers }), { params: Promise.resolve({ id: imageId }) });

beforeAll(async () => {
  owner = await makePerson("Olga");
  const teamId = await makeTeam(owner, "Studio");
  imageId = (await makeGeneration(teamId, owner.user.id)).images[0]!.id;
  stranger = await makePerson("Sam");
  await makeTeam(stranger, "Elsewhere");
});

describe.each([["the image", ""], ["its thumbnail", "?variant=thumb&v=abc"]])("%s", (_, query) => {
  it("has a strong ETag and is cached privately for a year", async () => {
    who.current = owner;
    const res = await get(query);
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toMatch(/^"[0-9a-f]{64}"$/);
    expect(res.headers.get("cache-control")).toBe("private, max-age=31536000, immutable");
  });

  it("answers 304 with no body to its own tag, alone, weak, in a list or as *", async () => {
    who.current = owner;
    const etag = (await get(query)).headers.get("etag")!;
    for (const ifNoneMatch of [etag, `W/${etag}`, `"stale", ${etag}`, "*"]) {
      const res = await get(query, { "if-none-match": ifNoneMatch });
      expect(res.status, ifNoneMatch).toBe(304);
      expect(await res.text()).toBe("");
      expect(res.headers.get("etag")).toBe(etag);
    }
    expect((await get(query, { "if-none-match": '"another"' })).status).toBe(200);
  });

  it("another team gets the same 404 with or without the tag", async () => {
    who.current = owner;
    const etag = (await get(query)).headers.get("etag")!;
    who.current = stranger;
    expect((await get(query, { "if-none-match": etag })).status).toBe(404);
  });
});
