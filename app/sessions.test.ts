// The security floor, part two: what a session and a role allow. The team event stream carries
// a team's work to nobody else; a viewer cannot change anything; a removed member and a
// signed-out session are out on the next request. Only the cookie → person step is replaced
// (lib/testing/signed-in.ts); doors, membership and role checks and queries are the real ones.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SignedIn } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import { join, makeGeneration, makePerson, makeQueuedGeneration, makeTeam, snapshot } from "@/lib/testing/people";
import { who } from "@/lib/testing/signed-in";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/signed-in"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { switchTeamAction } = await import("@/lib/actions/teams/switch-team");
const { deleteGenerationAction } = await import("@/lib/actions/generations/delete-generation");
const { createGenerationAction } = await import("@/lib/actions/generations/create-generation");
const imageRoute = await import("@/app/api/images/[id]/route");
const generationRoute = await import("@/app/api/generations/[id]/route");
const eventsRoute = await import("@/app/api/events/route");

const a = {} as { owner: SignedIn; teamId: string; generationId: string; imageId: string };
const b = {} as { owner: SignedIn; viewer: SignedIn; teamId: string };

beforeAll(async () => {
  a.owner = await makePerson("Ann");
  a.teamId = await makeTeam(a.owner, "Team A");
  const generation = await makeGeneration(a.teamId, a.owner.user.id);
  a.generationId = generation.id;
  a.imageId = generation.images[0]!.id;
  b.owner = await makePerson("Bea");
  b.teamId = await makeTeam(b.owner, "Team B");
  await makeGeneration(b.teamId, b.owner.user.id);
  b.viewer = await makePerson("Bob");
  await join(b.viewer, b.teamId, "viewer");
});

async function route(handler: (r: Request, c: { params: Promise<{ id: string }> }) => Promise<Response>, id: string, query = "") {
  const res = await handler(new Request(`http://localhost/x${query}`), { params: Promise.resolve({ id }) });
  return { status: res.status, body: await res.text() };
}

/** Opens the team event stream as the current person and collects what arrives. */
async function openEvents(follow: string) {
  const abort = new AbortController();
  const res = await eventsRoute.GET(new Request(`http://localhost/api/events?follow=${follow}`, { signal: abort.signal }), {
    params: Promise.resolve({}),
  });
  const reader = res.body!.getReader();
  let text = "";
  const reading = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      text += new TextDecoder().decode(value);
    }
  })();
  return {
    text: () => text,
    close: async () => {
      abort.abort();
      await reading;
    },
  };
}

describe("the team event stream", () => {
  it("carries another team's generations to nobody else, even when asked for them by id", async () => {
    const { publish } = await import("@/lib/jobs/events");
    const bOwn = await makeQueuedGeneration(b.teamId, b.owner.user.id);
    who.current = b.owner;
    const bStream = await openEvents(`${a.generationId},${bOwn.id}`);
    who.current = a.owner;
    const aStream = await openEvents(a.generationId);
    // Both snapshots are in (B's stream has answered with B's own generation), so both listen.
    await expect.poll(() => aStream.text()).toContain("a secret of team A");
    await expect.poll(() => bStream.text()).toContain(bOwn.id);
    publish({ generationId: a.generationId, teamId: a.teamId }, { type: "partial", imageIndex: 0, partialIndex: 0, dataUrl: "data:image/png;base64,AAAA" });
    // Delivery reaches every listener at once: when A has the partial, B would have it too.
    await expect.poll(() => aStream.text()).toContain("event: partial");
    await Promise.all([aStream.close(), bStream.close()]);
    expect(aStream.text()).toContain("a secret of team A"); // the snapshot of what A follows
    expect(aStream.text()).toContain("event: partial");
    expect(bStream.text()).not.toContain(a.generationId);
    expect(bStream.text()).not.toContain("a secret of team A");
  });
});

describe("roles and sessions", () => {
  it("a viewer cannot generate or delete", async () => {
    who.current = b.viewer;
    const before = await snapshot();
    const generate = await createGenerationAction({ params: { prompt: "viewer tries" }, idempotencyKey: crypto.randomUUID() });
    expect(generate.serverError).toMatch(/As a viewer of Team B you cannot do this/);
    const own = await prisma.generation.findFirstOrThrow({ where: { teamId: b.teamId } });
    expect((await deleteGenerationAction({ id: own.id })).serverError).toMatch(/As a viewer/);
    expect(await snapshot()).toBe(before);
  });

  // These two end a membership and a session: fresh people, so no other test depends on the order.
  it("a removed member is out on the next request", async () => {
    const leaving = await makePerson("Lou");
    const membershipId = await join(leaving, a.teamId, "member");
    who.current = leaving;
    expect((await route(imageRoute.GET, a.imageId)).status).toBe(200);
    await prisma.membership.delete({ where: { id: membershipId } });
    expect((await route(imageRoute.GET, a.imageId)).status).toBe(403);
    expect((await createGenerationAction({ params: { prompt: "x" }, idempotencyKey: crypto.randomUUID() })).serverError).toMatch(/not a member of any team/);
  });

  it("nothing is served without a session, and a signed-out session is no session", async () => {
    who.current = null;
    expect(await route(imageRoute.GET, a.imageId)).toMatchObject({ status: 401 });
    expect(await route(imageRoute.GET, a.imageId, "?variant=thumb")).toMatchObject({ status: 401 });
    expect(await route(generationRoute.GET, a.generationId)).toMatchObject({ status: 401 });
    expect(await route(eventsRoute.GET, "")).toMatchObject({ status: 401 });
    const signedOut = await makePerson("Sol");
    await join(signedOut, a.teamId, "admin");
    who.current = signedOut;
    expect(await route(imageRoute.GET, a.imageId)).toMatchObject({ status: 200 });
    await prisma.session.delete({ where: { id: signedOut.sessionId } });
    expect(await route(imageRoute.GET, a.imageId)).toMatchObject({ status: 401 });
    expect((await switchTeamAction({ teamId: a.teamId })).serverError).toMatch(/session has ended/);
  });
});
