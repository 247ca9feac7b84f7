// The cross-team security table's shared ground: two teams with something of each kind, and
// the shape of a row. Rows live beside this file, one file per feature (*.rows.ts); the runner
// is app/security.test.ts. Test-only: nothing in the app imports this folder.
import { expect } from "vitest";
import type { SignedIn } from "@/lib/auth/session";
import { toEditFormData } from "@/lib/edits/edit-form";
import { join, makeEditGeneration, makeGeneration, makeInvite, makePerson, makeTeam } from "@/lib/testing/people";

export const MISSING = "cmissing000000000000000000";
/** Team A's idempotency key, reused by team B in the runner. */
export const A_KEY = "0b5e8f6c-1d2a-4c3b-9e8f-7a6b5c4d3e2f";

export const a = {} as {
  owner: SignedIn; member: SignedIn; memberId: string; teamId: string; inviteId: string; generationId: string; imageId: string;
  editImageId: string; inputId: string;
};
export const b = {} as { owner: SignedIn; viewer: SignedIn; teamId: string; imageId: string };

/** Fills `a` and `b`; the runner calls it once before any row runs. */
export async function setUpTeams() {
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
}

// Each row: what a person of team B would try with team A's id (`foreign`), and the positive
// control: the same person making the same call on an id of their own team (`own`, made fresh
// so a row that changes or deletes has something to change), which must succeed (`ok`). Without
// the control a row would pass for an action that always answered "Not found".
export type Row = {
  name: string;
  /** The action's exported name, or the route's `METHOD /path`, as lib/testing/doors.ts lists it. */
  door: string;
  call: (id: string) => Promise<unknown>;
  foreign: () => string;
  own: () => Promise<string>;
  ok: (result: unknown) => void;
};

/** A door that takes no id of a team's object: it must act on the caller's own team only. */
export type SessionRow = { door: string; name: string; act: () => Promise<void> };

export const succeeded = (result: unknown) => {
  expect(result).toMatchObject({ data: expect.anything() });
  expect(result).not.toHaveProperty("serverError");
};
export const served = (result: unknown) => expect(result).toMatchObject({ status: 200 });
export const bImage = async () => (await makeGeneration(b.teamId, b.owner.user.id)).images[0]!.id;
export const bEdit = () => makeEditGeneration(b.teamId, b.owner.user.id);
/** Actions that redirect throw NEXT_REDIRECT. */
export const ended = (p: Promise<unknown>) => p.catch((err: unknown) => err);

type Handler<P> = (r: Request, c: { params: Promise<P> }) => Promise<Response>;

/** Calls a route handler as Next.js would, for the path's [id]. */
export async function route(handler: Handler<{ id: string }>, id: string, query = "", init?: RequestInit) {
  const res = await handler(new Request(`http://localhost/x${query}`, init), { params: Promise.resolve({ id }) });
  return { status: res.status, body: await res.text() };
}

/** Calls a route handler without path parameters. */
export async function post(handler: Handler<Record<string, never>>, path: string, body: BodyInit, headers?: HeadersInit) {
  const res = await handler(new Request(`http://localhost${path}`, { method: "POST", body, headers }), { params: Promise.resolve({}) });
  return { status: res.status, body: await res.text() };
}

export function editForm(input: Pick<Parameters<typeof toEditFormData>[0], "images" | "targets"> & { projectId?: string }) {
  return toEditFormData({ params: { prompt: "b edits", quality: "low" }, idempotencyKey: crypto.randomUUID(), ...input });
}
