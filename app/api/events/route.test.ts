// The team event stream under hostile use: it answers at once, reads its follow list once and
// no more than the cap, stops all work when the client goes, holds a few streams per person,
// and stops delivering the moment its person may no longer read the team.
//
// As in app/security.test.ts only the cookie → person step is replaced; the route wrapper,
// membership checks, queries and the actions that change access are the real ones.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { inProcessBus } from "@/lib/adapters/in-process-bus";
import { setServices } from "@/lib/services";
import { who } from "@/lib/testing/signed-in";
import type { SignedIn } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import { join, makeGeneration, makePerson, makeTeam } from "@/lib/testing/people";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/signed-in"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

// Every read a stream makes goes through these, so a test can count them or hold them back.
const gate = vi.hoisted(() => ({ held: null as Promise<void> | null }));
vi.mock("@/lib/db/queries", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/db/queries")>();
  const gated = <A extends unknown[], R>(fn: (...a: A) => Promise<R>) => vi.fn(async (...a: A) => (await gate.held, fn(...a)));
  return { ...real, getGeneration: gated(real.getGeneration), getGenerations: gated(real.getGenerations ?? (async () => [])) };
});
vi.mock("@/lib/db/teams", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/db/teams")>();
  return { ...real, liveRole: vi.fn(real.liveRole ?? (async () => null)) };
});

const queries = await import("@/lib/db/queries");
const teams = await import("@/lib/db/teams");
const { GET } = await import("./route");
const { publish } = await import("@/lib/jobs/events");
const { deleteSession } = await import("@/lib/db/users");
const { env } = await import("@/lib/env");
const { removeMemberAction } = await import("@/lib/actions/teams/remove-member");
const { changeRoleAction } = await import("@/lib/actions/teams/change-role");

const reads = () => vi.mocked(queries.getGeneration).mock.calls.length + vi.mocked(queries.getGenerations).mock.calls.length + vi.mocked(teams.liveRole).mock.calls.length;
const fakeId = (i: number) => `cfake${String(i).padStart(21, "0")}`;
const nextTurn = () => new Promise((r) => setImmediate(r));

let owner: SignedIn, teamId: string, generationId: string;

beforeAll(async () => {
  owner = await makePerson("Olga");
  teamId = await makeTeam(owner, "Team O");
  generationId = (await makeGeneration(teamId, owner.user.id)).id;
});

afterEach(() => {
  gate.held = null;
  vi.useRealTimers();
  vi.clearAllMocks();
});

async function openEvents(person: SignedIn, follow: string | string[]) {
  who.current = person;
  const abort = new AbortController();
  const query = Array.isArray(follow) ? follow.join(",") : follow;
  const res = await GET(new Request(`http://localhost/api/events?follow=${query}`, { signal: abort.signal }), { params: Promise.resolve({}) });
  if (res.status !== 200) return { status: res.status, json: await res.json() };
  const reader = res.body!.getReader();
  let text = "";
  let firstBytes = false;
  const ended = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      firstBytes = true;
      text += new TextDecoder().decode(value);
    }
  })();
  return { status: 200, text: () => text, firstBytes: () => firstBytes, ended, close: async () => (abort.abort(), await ended) };
}
type Stream = Extract<Awaited<ReturnType<typeof openEvents>>, { text: unknown }>;
const open = async (person: SignedIn, follow: string | string[]) => (await openEvents(person, follow)) as Stream;

const partial = (marker: string) =>
  publish({ generationId, teamId }, { type: "partial", imageIndex: 0, partialIndex: 0, dataUrl: `data:image/png;base64,${marker}` });

describe("the event stream answers at once", () => {
  it("sends its headers and a first line before the snapshot read answers", async () => {
    let release!: () => void;
    gate.held = new Promise<void>((r) => (release = r));
    const stream = await open(owner, generationId);
    await nextTurn();
    expect(stream.firstBytes()).toBe(true);
    expect(stream.text()).not.toContain("a secret of team A");
    release();
    await vi.waitFor(() => expect(stream.text()).toContain("a secret of team A"));
    await stream.close();
  });

  it("starts at once when the followed ids produce no event", async () => {
    const stream = await open(owner, fakeId(1));
    await nextTurn();
    expect(stream.firstBytes()).toBe(true);
    await stream.close();
  });
});

describe("the follow list", () => {
  it("is read in one query, and ids beyond the 50th are ignored", async () => {
    const beyond = await open(owner, [...Array.from({ length: 50 }, (_, i) => fakeId(i)), generationId]);
    expect(queries.getGenerations).toHaveBeenCalledTimes(1);
    expect(vi.mocked(queries.getGenerations).mock.calls[0]![0].ids).toHaveLength(50);
    await vi.mocked(queries.getGenerations).mock.results[0]!.value;
    await nextTurn();
    await beyond.close();
    expect(beyond.text()).not.toContain("a secret of team A");
    expect(queries.getGeneration).not.toHaveBeenCalled();

    const within = await open(owner, [generationId, ...Array.from({ length: 50 }, (_, i) => fakeId(i))]);
    await vi.waitFor(() => expect(within.text()).toContain("a secret of team A"));
    await within.close();
  });

  it("refuses ids that are not ids, with a sentence", async () => {
    const res = await openEvents(owner, "abc,'; drop table--");
    expect(res).toMatchObject({ status: 400, json: { error: expect.stringMatching(/generation ids separated by commas/) } });
  });
});

describe("a person's streams", () => {
  it("are limited per person (429 beyond), and a closed one frees its slot", async () => {
    const limit = env().FRESCO_STREAMS_PER_USER;
    const streams = await Promise.all(Array.from({ length: limit }, () => open(owner, generationId)));
    expect(streams.every((s) => s.status === 200)).toBe(true);
    const refused = await openEvents(owner, generationId);
    expect(refused).toMatchObject({ status: 429, json: { error: expect.stringMatching(/live views of Fresco open/) } });
    const someoneElse = await makePerson("Sam");
    await join(someoneElse, teamId, "viewer");
    const theirs = await open(someoneElse, generationId);
    expect(theirs.status).toBe(200);
    await streams[0]!.close();
    const again = await open(owner, generationId);
    expect(again.status).toBe(200);
    await Promise.all([...streams.slice(1), again, theirs].map((s) => s.close()));
  });

  it("do no work once the client has gone: no read, no timer, nothing sent", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    let release!: () => void;
    gate.held = new Promise<void>((r) => (release = r));
    const stream = await open(owner, Array.from({ length: 30 }, (_, i) => (i === 0 ? generationId : fakeId(i))));
    const before = reads();
    await stream.close();
    const sent = stream.text();
    release(); // the snapshot read in flight answers after the client left
    await nextTurn();
    publish({ generationId, teamId }, { type: "finished", status: "succeeded" });
    vi.advanceTimersByTime(120_000); // keepalives and access re-checks would have run
    await nextTurn();
    expect(reads()).toBe(before);
    expect(vi.getTimerCount()).toBe(0);
    expect(stream.text()).toBe(sent);
  });
});

describe("a reader that does not keep up", () => {
  // The premise is a bus that hands each event over as it is published (one process); on
  // PostgreSQL the notifications arrive later, when the reader may already have caught up.
  let restore: () => void;
  beforeAll(() => {
    restore = setServices({ events: inProcessBus() });
  });
  afterAll(() => restore());

  it("loses superseded partial images instead of growing the server's memory, and still gets the rest", async () => {
    who.current = owner;
    const abort = new AbortController();
    const res = await GET(new Request(`http://localhost/api/events?follow=${generationId}`, { signal: abort.signal }), { params: Promise.resolve({}) });
    const reader = res.body!.getReader(); // not read until everything is published
    const big = "A".repeat(100_000);
    for (let i = 0; i < 40; i++) {
      publish({ generationId, teamId }, { type: "partial", imageIndex: 0, partialIndex: i, dataUrl: `data:image/png;base64,${big}` });
    }
    publish({ generationId, teamId }, { type: "status", status: "running" });
    let text = "";
    while (!text.includes("event: status")) text += new TextDecoder().decode((await reader.read()).value);
    abort.abort();
    const partials = text.split("event: partial").length - 1;
    expect(partials).toBeGreaterThan(0);
    expect(partials).toBeLessThan(10); // 40 × 100 kB were published; the buffer holds about 0.5 MB
  });
});

describe("a stream whose person loses access", () => {
  async function member(role: "member" | "viewer" = "member") {
    const person = await makePerson("Mo");
    const membershipId = await join(person, teamId, role);
    const stream = await open(person, generationId);
    partial("BEFORE");
    await vi.waitFor(() => expect(stream.text()).toContain("BEFORE"));
    return { person, membershipId, stream };
  }

  it("ends when the member is removed, and delivers nothing after", async () => {
    const { membershipId, stream } = await member();
    who.current = owner;
    expect(await removeMemberAction({ membershipId })).toMatchObject({ data: { membershipId } });
    partial("AFTER");
    await stream.ended;
    expect(stream.text()).not.toContain("AFTER");
  });

  it("ends when the person signs out", async () => {
    const { person, stream } = await member();
    const { sessionToken } = await prisma.session.findUniqueOrThrow({ where: { id: person.sessionId } });
    await deleteSession(sessionToken);
    partial("AFTER");
    await stream.ended;
    expect(stream.text()).not.toContain("AFTER");
  });

  it("ends when the team is deleted", async () => {
    const boss = await makePerson("Dee");
    const doomedTeam = await makeTeam(boss, "Doomed");
    const doomed = (await makeGeneration(doomedTeam, boss.user.id)).id;
    const stream = await open(boss, doomed);
    await vi.waitFor(() => expect(stream.text()).toContain("a secret of team A"));
    await teams.deleteTeam({ teamId: doomedTeam });
    publish({ generationId: doomed, teamId: doomedTeam }, { type: "partial", imageIndex: 0, partialIndex: 0, dataUrl: "data:AFTER" });
    await stream.ended;
    expect(stream.text()).not.toContain("AFTER");
  });

  it("keeps going after a role change that still reads (a viewer), and ends on one that does not", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const { membershipId, stream } = await member();
    who.current = owner;
    expect(await changeRoleAction({ membershipId, role: "viewer" })).toMatchObject({ data: {} });
    // Held while access is re-checked, then delivered: viewers read.
    publish({ generationId, teamId }, { type: "status", status: "running" });
    await vi.waitFor(() => expect(stream.text()).toContain("event: status"));
    // A role without "read", written outside the app: the periodic re-check finds it.
    await prisma.membership.update({ where: { id: membershipId }, data: { role: "suspended" } });
    vi.advanceTimersByTime(15_000);
    partial("AFTER");
    await stream.ended;
    expect(stream.text()).not.toContain("AFTER");
  });
});

describe("a tab's stream opened before its person clicks (mine=1)", () => {
  async function openMine(person: SignedIn) {
    who.current = person;
    const abort = new AbortController();
    const res = await GET(new Request("http://localhost/api/events?follow=&mine=1", { signal: abort.signal }), { params: Promise.resolve({}) });
    const reader = res.body!.getReader();
    let text = "";
    const ended = (async () => {
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
        if (done) return;
        text += new TextDecoder().decode(value);
      }
    })();
    return { text: () => text, close: async () => (abort.abort(), await ended) };
  }

  it("delivers the person's own new work as it runs and finishes (the finished view, then the month's spend), and nobody else's", async () => {
    const colleague = await makePerson("Cleo");
    await join(colleague, teamId, "member");
    const stream = await openMine(owner);
    const theirs = (await makeGeneration(teamId, colleague.user.id)).id;
    const mine = (await makeGeneration(teamId, owner.user.id)).id;
    publish({ generationId: theirs, teamId, userId: colleague.user.id }, { type: "status", status: "running" });
    publish({ generationId: mine, teamId, userId: owner.user.id }, { type: "status", status: "running" });
    publish({ generationId: theirs, teamId, userId: colleague.user.id }, { type: "finished", status: "succeeded" });
    publish({ generationId: mine, teamId, userId: owner.user.id }, { type: "finished", status: "succeeded" });
    await vi.waitFor(() => expect(stream.text()).toContain("event: spend"));
    const text = stream.text();
    expect(text).toContain(`"generationId":"${mine}"`);
    expect(text).toMatch(new RegExp(`event: generation\\ndata: \\{"id":"${mine}"`));
    expect(text).not.toContain(theirs);
    expect(text.indexOf("event: generation")).toBeLessThan(text.indexOf("event: spend"));
    await stream.close();
  });
});
