// A restart with work in flight, on the real database: what was sent to the provider becomes
// interrupted (cost unknown); what never was runs again, in order, exactly once.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";

process.env.FRESCO_EMULATOR_PORT = "0";
process.env.FRESCO_EMULATOR_LATENCY_MS = "0";

const { prisma } = await import("@/lib/db/client");
const { subscribeTeam } = await import("@/lib/jobs/events");
const { inProcessQueue } = await import("@/lib/adapters/in-process-queue");
const { startRunner } = await import("@/lib/jobs/runner");
const { settleUnfinished } = await import("@/lib/jobs/settle");
const { ensureEmulator } = await import("@/lib/provider/emulator");
const { setServices } = await import("@/lib/services");
const { makePerson, makeTeam } = await import("@/lib/testing/people");
type QueuedJob = import("@/lib/ports/job-queue").QueuedJob;

/** A queue with no worker that only records what was handed to it. */
function recordingQueue() {
  const requeued: QueuedJob[] = [];
  const queue = inProcessQueue({ perOwner: 4, perInstance: 8 });
  return { requeued, queue: { ...queue, enqueue: async (jobs: readonly QueuedJob[]) => void requeued.push(...jobs) } };
}

const params = { model: "gpt-image-1-mini", n: 1, size: "1024x1024", quality: "low", background: "auto", moderation: "auto", output_format: "png", stream: false, partial_images: 0 };
const t0 = Date.parse("2026-11-30T09:00:00Z");

async function team(name: string) {
  const person = await makePerson(name);
  return { teamId: await makeTeam(person, `${name}'s team`), userId: person.user.id };
}

/** Rows as a stopped process would leave them, created one second apart in the given order. */
async function leftBehind(who: { teamId: string; userId: string }, rows: { status: "queued" | "running"; sent?: boolean; prompt: string }[]) {
  await prisma.generation.createMany({
    data: rows.map((r, i) => {
      const createdAt = new Date(t0 + i * 1000);
      return {
        teamId: who.teamId, createdById: who.userId, kind: "generate", model: params.model, prompt: r.prompt,
        params: { ...params, prompt: r.prompt }, status: r.status, idempotencyKey: crypto.randomUUID(), createdAt,
        startedAt: r.status === "running" ? createdAt : null, sentAt: r.sent ? createdAt : null,
      };
    }),
  });
  return prisma.generation.findMany({ where: { teamId: who.teamId }, orderBy: { createdAt: "asc" } });
}

describe("settling work left by a stopped server", () => {
  let a: { teamId: string; userId: string };
  beforeAll(async () => {
    a = await team("Ren");
  });
  beforeEach(() => setServices({})); // each test puts the services it changes back

  it("8 running at the provider are interrupted with cost unknown; 42 queued go back in the queue in order", async () => {
    const before = await leftBehind(a, [
      ...Array.from({ length: 8 }, (_, i) => ({ status: "running" as const, sent: true, prompt: `running ${i}` })),
      ...Array.from({ length: 42 }, (_, i) => ({ status: "queued" as const, prompt: `queued ${i}` })),
    ]);
    const { requeued, queue } = recordingQueue();
    setServices({ jobs: queue });
    const settled = await settleUnfinished();

    expect(settled).toEqual({ interrupted: 8, requeued: 42, dropped: 0 });
    const after = await prisma.generation.findMany({ where: { teamId: a.teamId }, orderBy: { createdAt: "asc" } });
    for (const row of after.slice(0, 8)) {
      expect(row.status).toBe("interrupted");
      expect(row.costUsd).toBeNull();
      expect(row.errorMessage).toMatch(/may already have billed it, so the cost is unknown/);
    }
    expect(requeued).toEqual(before.slice(8).map((r) => ({ id: r.id, owner: a.userId, teamId: a.teamId })));
    for (const [i, row] of after.slice(8).entries()) {
      expect(row.status).toBe("queued");
      expect(row.errorMessage).toBeNull();
      expect(row.idempotencyKey).toBe(before[8 + i]!.idempotencyKey);
    }
    // The stand-in runner never runs them: clear them so the next start does not find them.
    await prisma.generation.deleteMany({ where: { teamId: a.teamId } });
  });

  it("work never sent that cannot run any more is interrupted, saying nothing was billed", async () => {
    const b = await team("Ola");
    const edit = await prisma.generation.create({
      data: {
        teamId: b.teamId, createdById: b.userId, kind: "edit", model: params.model, prompt: "an edit whose base is gone", params, status: "queued",
        inputs: { create: [{ role: "image", index: 0, name: "base.png", format: "png", width: 8, height: 8, bytes: 1, sha256: "0".repeat(64), storageKey: `00/00/${"0".repeat(64)}.png` }] },
      },
    });
    const finished = await prisma.generation.create({
      data: { teamId: b.teamId, createdById: b.userId, kind: "generate", model: params.model, prompt: "done", params, status: "succeeded", costUsd: "0.002" },
    });
    const { requeued, queue } = recordingQueue();
    setServices({ jobs: queue });
    expect(await settleUnfinished()).toEqual({ interrupted: 0, requeued: 0, dropped: 1 });

    const row = await prisma.generation.findUniqueOrThrow({ where: { id: edit.id } });
    expect(row.status).toBe("interrupted");
    expect(row.errorMessage).toMatch(/before this generation reached the provider.*Nothing was billed/);
    expect(row.costUsd?.toString()).toBe("0");
    expect(await prisma.generation.findUniqueOrThrow({ where: { id: finished.id } })).toMatchObject({ status: "succeeded" });
    expect(requeued).toEqual([]);
  });

  it("in the real runner, re-queued work runs once each, with queue positions announced in order", async () => {
    const c = await team("Ivo");
    const emulator = await ensureEmulator();
    const calls = emulator.requestCount();
    // A running row stopped before its call, then two queued ones; one job at a time for this person.
    const rows = await leftBehind(c, [
      { status: "running", prompt: "a kite, stopped before its call" },
      { status: "queued", prompt: "a second kite" },
      { status: "queued", prompt: "a third kite" },
    ]);
    const positions: string[] = [];
    let finished = 0;
    const allFinished = new Promise<void>((resolve) => {
      const off = subscribeTeam(c.teamId, (e) => {
        if (e.type === "status" && e.status === "queued") positions.push(`${rows.findIndex((r) => r.id === e.generationId)}@${e.position}`);
        if (e.type === "finished" && ++finished === rows.length) resolve(off());
      });
    });
    setServices({ jobs: inProcessQueue({ perOwner: 1, perInstance: 8 }) });
    const stop = startRunner();
    try {
      await settleUnfinished();
      await allFinished;
    } finally {
      stop();
    }

    const after = await prisma.generation.findMany({ where: { teamId: c.teamId }, orderBy: { createdAt: "asc" } });
    expect(after.map((r) => r.status)).toEqual(["succeeded", "succeeded", "succeeded"]);
    expect(after.map((r) => r.idempotencyKey)).toEqual(rows.map((r) => r.idempotencyKey));
    expect(emulator.requestCount() - calls).toBe(3);
    // First announcement after the restart: the first job runs, the other two wait as 1 and 2.
    expect(positions.slice(0, 2)).toEqual(["1@1", "2@2"]);
  });
});
