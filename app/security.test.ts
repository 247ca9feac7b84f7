// The security floor, table-driven: every action and route that takes an id, called by a
// member of another team, answers exactly as for an id that does not exist and changes
// nothing, while the same call on the team's own id works. Doors without an id act on the
// caller's own team only. The list of doors comes from the code (lib/testing/doors.ts): a new
// action or route without a row fails. The rows live in app/security/, one file per feature;
// sessions and roles: app/sessions.test.ts.
//
// Only the cookie → person step is replaced (lib/testing/signed-in.ts); the action clients,
// route wrapper, membership and role checks and queries are the real ones.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { who } from "@/lib/testing/signed-in";
import { listActions, listRoutes } from "@/lib/testing/doors";
import { snapshot, snapshotOf } from "@/lib/testing/people";
import { createGenerationAction } from "@/lib/actions/generations/create-generation";
import * as imageRoute from "@/app/api/images/[id]/route";
import { a, A_KEY, b, editForm, MISSING, route, setUpTeams, type Row, type SessionRow } from "./security/fixture";
import { budgetRows, budgetSessionRows, setUpBudgets } from "./security/budgets.rows";
import { bulkRows, bulkSessionRows, setUpBulk } from "./security/bulk.rows";
import { enlargeRows, setUpEnlarge } from "./security/enlarge.rows";
import { galleryRows, gallerySessionRows, setUpGallery } from "./security/gallery.rows";
import { generationRows, generationSessionRows, postEdit } from "./security/generations.rows";
import { projectRows, projectSessionRows, setUpProjects } from "./security/projects.rows";
import { providerRows, providerSessionRows, setUpProviders } from "./security/providers.rows";
import { regionIsTeamScoped, reviewRows, reviewSessionRows, setUpReview } from "./security/review.rows";
import { teamRows, teamSessionRows } from "./security/teams.rows";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/signed-in"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const table: Row[] = [...teamRows, ...generationRows, ...projectRows, ...reviewRows, ...galleryRows, ...providerRows, ...budgetRows, ...bulkRows, ...enlargeRows];
const sessionScoped: SessionRow[] = [...teamSessionRows, ...generationSessionRows, ...projectSessionRows, ...reviewSessionRows, ...gallerySessionRows, ...providerSessionRows, ...budgetSessionRows, ...bulkSessionRows];

beforeAll(async () => {
  await setUpTeams();
  await setUpProjects();
  await setUpReview();
  await setUpGallery();
  await setUpProviders();
  await setUpBudgets();
  await setUpBulk();
  await setUpEnlarge();
});

describe("a member of another team", () => {
  it.each(table)("$name: same answer as for a missing id, and nothing changes", async ({ call, foreign }) => {
    who.current = b.owner; // an owner: only team scoping can stop them
    const before = await snapshot();
    const refused = await call(foreign());
    const missing = await call(MISSING);
    expect(refused).toEqual(missing);
    expect(JSON.stringify(refused)).toMatch(/not found|404/i);
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

  it("the edit page's ?region= reads only the team's own comments", regionIsTeamScoped);

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

// Doors a stranger may use, or that act on the caller's own session only: proven elsewhere.
const provenElsewhere: Record<string, string> = {
  signInAction: "app/(auth)/actions/sign-in.test.ts and lib/auth/authorize.test.ts (redirects, throttling)",
  signUpAction: "e2e/teams.spec.ts (the first sign-up makes a team; nobody else's)",
  oauthSignInAction: "public by design: starts the provider's flow, reads no team",
  emailLinkAction: "public by design: sends a sign-in link, reads no team",
  signOutAction: "ends the caller's own session; e2e/teams.spec.ts replays the signed-out cookie",
  "GET /api/health": "public by design: a liveness probe that reads no team and answers no secret",
  "GET /api/ready": "public by design: app/api/ready/route.test.ts (a word per check, never an error's text or a secret)",
  "POST /api/working-state":
    "app/api/working-state/route.test.ts: another team's image ids are dropped and their rows untouched, the team's own are kept (the control); viewer 403, foreign origin 403, oversize 413",
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
    expect(covered, `add a row for ${door} to app/security/<feature>.rows.ts`).toContain(door);
  });
  it("every row names a door that exists", () => {
    for (const door of covered) expect(doors, `${door} is no longer a door: remove its row`).toContain(door);
  });
});
