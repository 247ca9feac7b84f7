// The image route's door with a real sealed session cookie, as a browser sends it with every
// thumbnail: the cookie is opened once and kept (lib/auth/sealed-session.ts), the session and
// membership are one statement (lib/db/session-member.ts), and still a sign-out or a removal
// from the team is refused on the very next request, however many were served before.
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { authSecrets } from "@/lib/auth/secret";
import { join, makeGeneration, makePerson, makeTeam } from "@/lib/testing/people";

const COOKIE = "authjs.session-token";
const jar = vi.hoisted(() => ({ value: "", opened: 0 }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ getAll: () => (jar.value ? [{ name: "authjs.session-token", value: jar.value }] : []) }),
  headers: async () => new Headers(jar.value ? { cookie: `authjs.session-token=${jar.value}` } : {}),
}));
// Auth.js's reading of the cookie: the real decryption with the server's secret, counted.
vi.mock("@/lib/auth/config", async () => {
  const { decode } = await import("next-auth/jwt");
  const { authSecrets } = await import("@/lib/auth/secret");
  return {
    auth: async () => {
      jar.opened += 1;
      // As Auth.js does: a cookie that does not open is no one.
      const token = await decode({ token: jar.value, secret: authSecrets(), salt: "authjs.session-token" }).catch(() => null);
      return token?.sid ? { sid: token.sid, expires: "" } : null;
    },
  };
});

const { GET } = await import("./images/[id]/route");

async function cookieFor(sessionId: string): Promise<string> {
  const row = await prisma.session.findUniqueOrThrow({ where: { id: sessionId } });
  return encode({ token: { sub: row.userId, sid: row.sessionToken }, secret: authSecrets()[0]!, salt: COOKIE });
}

async function thumb(id: string, etag?: string) {
  const res = await GET(new Request(`http://localhost/api/images/${id}?variant=thumb`, { headers: etag ? { "if-none-match": etag } : {} }), { params: Promise.resolve({ id }) });
  return { status: res.status, etag: res.headers.get("etag") };
}

let teamId: string, imageId: string;

beforeAll(async () => {
  const owner = await makePerson("Olga");
  teamId = await makeTeam(owner, "Studio");
  const generation = await makeGeneration(teamId, owner.user.id);
  imageId = (await prisma.image.findFirstOrThrow({ where: { generationId: generation.id } })).id;
});

describe("the image route with a real session cookie", () => {
  it("serves thumbnails and 304s, then refuses on the next request once the member is removed", async () => {
    const member = await makePerson("Mia");
    const membershipId = await join(member, teamId, "member");
    jar.value = await cookieFor(member.sessionId);
    const first = await thumb(imageId);
    expect(first.status).toBe(200);
    expect((await thumb(imageId)).status).toBe(200);
    expect((await thumb(imageId, first.etag!)).status).toBe(304);

    await prisma.membership.delete({ where: { id: membershipId } });
    expect((await thumb(imageId)).status).toBe(403);
    expect((await thumb(imageId, first.etag!)).status).toBe(403);
  });

  it("refuses on the next request once the session is signed out", async () => {
    const member = await makePerson("Sol");
    await join(member, teamId, "viewer");
    jar.value = await cookieFor(member.sessionId);
    const first = await thumb(imageId);
    expect(first.status).toBe(200);
    expect((await thumb(imageId, first.etag!)).status).toBe(304);

    await prisma.session.delete({ where: { id: member.sessionId } });
    expect((await thumb(imageId)).status).toBe(401);
    expect((await thumb(imageId, first.etag!)).status).toBe(401);
  });

  it("opens each cookie once, not once per image", async () => {
    const member = await makePerson("Tess");
    await join(member, teamId, "member");
    jar.value = await cookieFor(member.sessionId);
    const before = jar.opened;
    for (let i = 0; i < 5; i++) expect((await thumb(imageId)).status).toBe(200);
    expect(jar.opened - before).toBe(1);
  });

  it("an unreadable cookie is nobody", async () => {
    jar.value = "not-a-sealed-token";
    expect((await thumb(imageId)).status).toBe(401);
  });
});
