// The security floor, table-driven: every action and route that takes an id, called by a
// member of another team, answers exactly as for an id that does not exist and changes
// nothing, while the same call on the team's own id works. Doors without an id act on the
// caller's own team only. The list of doors comes from the code (lib/testing/doors.ts): a new
// action or route without a row here fails. Sessions and roles: app/sessions.test.ts.
//
// Only the cookie → person step is replaced (lib/testing/signed-in.ts); the action clients,
// route wrapper, membership and role checks and queries are the real ones.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { who } from "@/lib/testing/signed-in";
import { listActions, listRoutes } from "@/lib/testing/doors";
import type { SignedIn } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import { toEditFormData } from "@/lib/edits/edit-form";
import { join, makeEditGeneration, makeGeneration, makeInvite, makePerson, makeQueuedGeneration, makeTeam, snapshot, snapshotOf } from "@/lib/testing/people";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/signed-in"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { changeRoleAction } = await import("@/lib/actions/teams/change-role");
const { removeMemberAction } = await import("@/lib/actions/teams/remove-member");
const { revokeInviteAction } = await import("@/lib/actions/teams/revoke-invite");
const { switchTeamAction } = await import("@/lib/actions/teams/switch-team");
const { deleteGenerationAction } = await import("@/lib/actions/generations/delete-generation");
const { createGenerationAction } = await import("@/lib/actions/generations/create-generation");
const { cancelGenerationAction } = await import("@/lib/actions/generations/cancel-generation");
const { pickImageAction } = await import("@/lib/actions/images/pick-image");
const { rerunImageAction } = await import("@/lib/actions/images/rerun-image");
const { varyImageAction } = await import("@/lib/actions/images/vary-image");
const { repromptImageAction } = await import("@/lib/actions/images/reprompt-image");
const imageRoute = await import("@/app/api/images/[id]/route");
const generationRoute = await import("@/app/api/generations/[id]/route");
const inputsRoute = await import("@/app/api/generation-inputs/[id]/route");
const editsRoute = await import("@/app/api/edits/route");

const MISSING = "cmissing000000000000000000";
const A_KEY = "0b5e8f6c-1d2a-4c3b-9e8f-7a6b5c4d3e2f"; // team A's idempotency key, reused by team B below

const a = {} as {
  owner: SignedIn; member: SignedIn; memberId: string; teamId: string; inviteId: string; generationId: string; imageId: string;
  editImageId: string; inputId: string;
};
const b = {} as { owner: SignedIn; viewer: SignedIn; teamId: string; imageId: string };

beforeAll(async () => {
  a.owner = await makePerson("Ann");
  a.teamId = await makeTeam(a.owner, "Team A");
  a.member = await makePerson("Ari");
  a.memberId = await join(a.member, a.teamId, "member");
  a.inviteId = (await makeInvite(a.teamId, a.owner.user.id)).id;
  const generation = await makeGeneration(a.teamId, a.owner.user.id, A_KEY);
  a.generationId = generation.id;
  a.imageId = generation.images[0]!.id;
  const edit = await makeEditGeneration(a.teamId, a.owner.user.id);
  a.editImageId = edit.images[0]!.id;
  a.inputId = edit.inputs[0]!.id;

  b.owner = await makePerson("Bea");
  b.teamId = await makeTeam(b.owner, "Team B");
  b.imageId = (await makeEditGeneration(b.teamId, b.owner.user.id)).images[0]!.id;
  b.viewer = await makePerson("Bob");
  await join(b.viewer, b.teamId, "viewer");
});

async function route(handler: (r: Request, c: { params: Promise<{ id: string }> }) => Promise<Response>, id: string, query = "") {
  const res = await handler(new Request(`http://localhost/x${query}`), { params: Promise.resolve({ id }) });
  return { status: res.status, body: await res.text() };
}

// Each row: what a person of team B would try with team A's id (`foreign`), and the positive
// control: the same person making the same call on an id of their own team (`own`, made fresh
// so a row that changes or deletes has something to change), which must succeed (`ok`). Without
// the control a row would pass for an action that always answered "Not found".
type Row = {
  name: string;
  /** The action's exported name, or the route's `METHOD /path`, as lib/testing/doors.ts lists it. */
  door: string;
  call: (id: string) => Promise<unknown>;
  foreign: () => string;
  own: () => Promise<string>;
  ok: (result: unknown) => void;
};

const succeeded = (result: unknown) => {
  expect(result).toMatchObject({ data: expect.anything() });
  expect(result).not.toHaveProperty("serverError");
};
const served = (result: unknown) => expect(result).toMatchObject({ status: 200 });
const bImage = async () => (await makeGeneration(b.teamId, b.owner.user.id)).images[0]!.id;
const bEdit = () => makeEditGeneration(b.teamId, b.owner.user.id);

const table: Row[] = [
  {
    name: "change a member's role", door: "changeRoleAction",
    call: (id) => changeRoleAction({ membershipId: id, role: "viewer" }),
    foreign: () => a.memberId,
    own: async () => join(await makePerson("Bim"), b.teamId, "member"),
    ok: succeeded,
  },
  {
    name: "remove a member", door: "removeMemberAction",
    call: (id) => removeMemberAction({ membershipId: id }),
    foreign: () => a.memberId,
    own: async () => join(await makePerson("Bo"), b.teamId, "member"),
    ok: succeeded,
  },
  {
    name: "revoke an invite", door: "revokeInviteAction",
    call: (id) => revokeInviteAction({ inviteId: id }),
    foreign: () => a.inviteId,
    own: async () => (await makeInvite(b.teamId, b.owner.user.id)).id,
    ok: succeeded,
  },
  { name: "switch to a team", door: "switchTeamAction", call: (id) => switchTeamAction({ teamId: id }), foreign: () => a.teamId, own: async () => b.teamId, ok: succeeded },
  {
    name: "delete a generation", door: "deleteGenerationAction",
    call: (id) => deleteGenerationAction({ id }),
    foreign: () => a.generationId,
    own: async () => (await makeGeneration(b.teamId, b.owner.user.id)).id,
    ok: succeeded,
  },
  { name: "GET an image", door: "GET /api/images/[id]", call: (id) => route(imageRoute.GET, id), foreign: () => a.imageId, own: bImage, ok: served },
  { name: "GET a thumbnail", door: "GET /api/images/[id]", call: (id) => route(imageRoute.GET, id, "?variant=thumb"), foreign: () => a.imageId, own: bImage, ok: served },
  {
    name: "GET a generation", door: "GET /api/generations/[id]",
    call: (id) => route(generationRoute.GET, id),
    foreign: () => a.generationId,
    own: async () => (await makeGeneration(b.teamId, b.owner.user.id)).id,
    ok: served,
  },
  {
    name: "cancel a generation", door: "cancelGenerationAction",
    call: (id) => cancelGenerationAction({ id }),
    foreign: () => a.generationId,
    own: async () => (await makeQueuedGeneration(b.teamId, b.owner.user.id)).id,
    ok: succeeded,
  },
  {
    name: "mark an image a finalist", door: "pickImageAction",
    call: (id) => pickImageAction({ imageId: id, pick: "finalist" }),
    foreign: () => a.imageId,
    own: bImage,
    ok: succeeded,
  },
  {
    name: "re-run an image on another model", door: "rerunImageAction",
    call: (id) => rerunImageAction({ imageId: id, model: "gpt-image-1.5", quality: "low", idempotencyKey: crypto.randomUUID() }),
    foreign: () => a.imageId,
    own: bImage,
    ok: succeeded,
  },
  {
    name: "vary an image", door: "varyImageAction",
    call: (id) => varyImageAction({ imageId: id, idempotencyKey: crypto.randomUUID() }),
    foreign: () => a.imageId,
    own: bImage,
    ok: succeeded,
  },
  {
    name: "re-prompt an image", door: "repromptImageAction",
    call: (id) => repromptImageAction({ imageId: id, prompt: "the same, at night", idempotencyKey: crypto.randomUUID() }),
    foreign: () => a.imageId,
    own: bImage,
    ok: succeeded,
  },
  {
    name: "edit an image (slots)", door: "POST /api/edits",
    call: (id) => postEdit(editForm({ images: [{ imageId: id }] })),
    foreign: () => a.imageId,
    own: bImage,
    ok: served,
  },
  {
    name: "edit an image as a reference", door: "POST /api/edits",
    call: (id) => postEdit(editForm({ images: [{ imageId: b.imageId }, { imageId: id }] })),
    foreign: () => a.imageId,
    own: bImage,
    ok: served,
  },
  {
    name: "bulk-edit images (targets)", door: "POST /api/edits",
    call: (id) => postEdit(editForm({ images: [], targets: [b.imageId, id] })),
    foreign: () => a.editImageId,
    own: bImage,
    ok: served,
  },
  {
    name: "GET an edit's input file", door: "GET /api/generation-inputs/[id]",
    call: (id) => route(inputsRoute.GET, id),
    foreign: () => a.inputId,
    own: async () => (await bEdit()).inputs[0]!.id,
    ok: served,
  },
  {
    name: "GET an image's raw output", door: "GET /api/images/[id]",
    call: (id) => route(imageRoute.GET, id, "?variant=raw"),
    foreign: () => a.editImageId,
    own: async () => (await bEdit()).images[0]!.id,
    ok: served,
  },
  {
    name: "GET an image's diff against another team's image",
    door: "GET /api/images/[id]",
    call: (id) => route(imageRoute.GET, b.imageId, `?variant=diff&against=${id}`),
    foreign: () => a.imageId,
    own: bImage,
    ok: served,
  },
  {
    name: "GET an edit's change heatmap", door: "GET /api/images/[id]",
    call: (id) => route(imageRoute.GET, id, "?variant=heatmap"),
    foreign: () => a.editImageId,
    own: async () => (await bEdit()).images[0]!.id,
    ok: served,
  },
];

/** POST /api/edits as the browser sends it: the FormData of an edit. */
async function postEdit(form: FormData) {
  const res = await editsRoute.POST(new Request("http://localhost/api/edits", { method: "POST", body: form }), { params: Promise.resolve({}) });
  return { status: res.status, body: await res.text() };
}

function editForm(input: Pick<Parameters<typeof toEditFormData>[0], "images" | "targets">) {
  return toEditFormData({ params: { prompt: "b edits", quality: "low" }, idempotencyKey: crypto.randomUUID(), ...input });
}

describe("a member of another team", () => {
  it.each(table)("$name: same answer as for a missing id, and nothing changes", async ({ call, foreign }) => {
    who.current = b.owner; // an owner: only team scoping can stop them
    const before = await snapshot();
    const refused = await call(foreign());
    const missing = await call(MISSING);
    expect(refused).toEqual(missing);
    expect(JSON.stringify(refused)).toMatch(/Not found|404/);
    expect(await snapshot()).toBe(before);
  });

  it.each(table)("$name: the same call on the team's own id works (the row can fail)", async ({ call, own, ok }) => {
    who.current = b.owner;
    ok(await call(await own()));
  });

  it("an edit of the team's own images queues edits with their inputs, one per bulk target", async () => {
    who.current = a.owner;
    const edit = JSON.parse((await postEdit(editForm({ images: [{ imageId: a.imageId }] }))).body);
    expect(edit.generations?.[0]).toMatchObject({ kind: "edit", batchId: edit.batchId, inputs: [{ role: "image", index: 0 }] });
    const bulk = JSON.parse((await postEdit(editForm({ images: [], targets: [a.imageId, a.editImageId] }))).body);
    expect(bulk.generations).toHaveLength(2);
  });

  it("an image that is no edit has no raw output and no heatmap: the same 404 as a missing id", async () => {
    who.current = a.owner;
    const missing = await route(imageRoute.GET, "cmissing000000000000000000", "?variant=raw");
    expect(await route(imageRoute.GET, a.imageId, "?variant=raw")).toEqual(missing);
    expect(await route(imageRoute.GET, a.imageId, "?variant=heatmap")).toEqual(missing);
  });

  it("reusing another team's idempotency key makes a new generation, never returns theirs", async () => {
    who.current = b.owner;
    const result = await createGenerationAction({
      params: { prompt: "b's own prompt", size: "1024x1024", quality: "low" },
      idempotencyKey: A_KEY,
    });
    expect(result.data?.generation?.prompt).toBe("b's own prompt");
    expect(result.data?.generation?.id).not.toBe(a.generationId);
  });
});

// Doors that take no id of a team's object: the team comes from the session, never from the
// input. Each is called by team B's owner (or a fresh person) and must act on its own team
// only: the control checks that it did act, and that team A is untouched.
const teamA = () => snapshotOf(a.teamId);
const ended = (p: Promise<unknown>) => p.catch((err: unknown) => err); // actions that redirect throw NEXT_REDIRECT

const sessionScoped: { door: string; name: string; act: () => Promise<void> }[] = [
  {
    door: "createGenerationAction",
    name: "a generation lands in the caller's team",
    act: async () => {
      who.current = b.owner;
      const { data } = await createGenerationAction({ params: { prompt: "b's request", quality: "low" }, idempotencyKey: crypto.randomUUID() });
      expect((await prisma.generation.findUniqueOrThrow({ where: { id: data!.generation!.id } })).teamId).toBe(b.teamId);
    },
  },
  {
    door: "createInviteAction",
    name: "an invite is to the caller's team",
    act: async () => {
      who.current = b.owner;
      const { createInviteAction } = await import("@/lib/actions/teams/create-invite");
      const { data } = await createInviteAction({ role: "member" });
      expect(data?.token).toBeTruthy();
      expect(await prisma.invite.count({ where: { teamId: b.teamId, revokedAt: null } })).toBeGreaterThan(0);
    },
  },
  {
    door: "renameTeamAction",
    name: "the caller's team is renamed",
    act: async () => {
      who.current = b.owner;
      const { renameTeamAction } = await import("@/lib/actions/teams/rename-team");
      expect((await renameTeamAction({ name: "Team B" })).data).toEqual({ name: "Team B" });
    },
  },
  {
    door: "createTeamAction",
    name: "a new team is the caller's",
    act: async () => {
      who.current = await makePerson("Cy");
      const { createTeamAction } = await import("@/lib/actions/teams/create-team");
      const { data } = await createTeamAction({ name: "Team C" });
      expect(await prisma.membership.findFirst({ where: { teamId: data!.teamId, userId: who.current.user.id, role: "owner" } })).toBeTruthy();
    },
  },
  {
    door: "deleteTeamAction",
    name: "only the caller's own team is deleted",
    act: async () => {
      const owner = await makePerson("Di");
      const teamId = await makeTeam(owner, "Team D");
      who.current = owner;
      const { deleteTeamAction } = await import("@/lib/actions/teams/delete-team");
      await ended(deleteTeamAction({ confirmName: "Team D" }));
      expect(await prisma.team.findUnique({ where: { id: teamId } })).toBeNull();
    },
  },
  {
    door: "leaveTeamAction",
    name: "only the caller's own membership ends",
    act: async () => {
      const leaver = await makePerson("Ed");
      const membershipId = await join(leaver, b.teamId, "member");
      who.current = leaver;
      const { leaveTeamAction } = await import("@/lib/actions/teams/leave-team");
      await ended(leaveTeamAction({}));
      expect(await prisma.membership.findUnique({ where: { id: membershipId } })).toBeNull();
    },
  },
  {
    door: "acceptInviteAction",
    name: "an invite joins the team it was made for",
    act: async () => {
      who.current = await makePerson("Flo");
      const { acceptInviteAction } = await import("@/lib/actions/teams/accept-invite");
      const invite = await makeInvite(b.teamId, b.owner.user.id);
      expect((await acceptInviteAction({ token: invite.token })).data).toEqual({ teamId: b.teamId });
    },
  },
];

// Doors a stranger may use, or that act on the caller's own session only: proven elsewhere.
const provenElsewhere: Record<string, string> = {
  signInAction: "app/(auth)/actions/sign-in.test.ts and lib/auth/authorize.test.ts (redirects, throttling)",
  signUpAction: "e2e/teams.spec.ts (the first sign-up makes a team; nobody else's)",
  oauthSignInAction: "public by design: starts the provider's flow, reads no team",
  emailLinkAction: "public by design: sends a sign-in link, reads no team",
  signOutAction: "ends the caller's own session; e2e/teams.spec.ts replays the signed-out cookie",
  "GET /api/events": "app/sessions.test.ts (another team's ids) and app/api/events/route.test.ts",
  "GET /api/auth/[...nextauth]": "Auth.js's own endpoints: the door itself",
  "POST /api/auth/[...nextauth]": "Auth.js's own endpoints: the door itself",
};

describe("doors without an id act on the caller's own team only", () => {
  it.each(sessionScoped)("$door: $name, and team A is untouched", async ({ act }) => {
    const before = await teamA();
    await act();
    expect(await teamA()).toBe(before);
  });
});

describe("every door of the app is in this file", () => {
  const doors = [...new Set([...listActions().map((x) => x.name), ...listRoutes().map((r) => `${r.method} ${r.path}`)])];
  const covered = new Set([...table.map((r) => r.door), ...sessionScoped.map((r) => r.door), ...Object.keys(provenElsewhere)]);

  it("the list of doors sees the app", () => {
    expect(doors).toContain("deleteGenerationAction");
    expect(doors).toContain("GET /api/images/[id]");
  });
  it.each(doors)("%s has a row", (door) => {
    expect(covered, `add a row for ${door} to app/security.test.ts`).toContain(door);
  });
  it("every row names a door that exists", () => {
    for (const door of covered) expect(doors, `${door} is no longer a door: remove its row`).toContain(door);
  });
});
