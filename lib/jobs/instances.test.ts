// Several instances on one database, on the real database with a stand-in for the shared queue:
// the sweep settles a dead instance's work (sent: interrupted and its hold settled; never sent:
// queued again; the jobs it had taken let go and run elsewhere) and never touches a live peer's.
import { beforeAll, describe, expect, it } from "vitest";

process.env.FRESCO_EMULATOR_PORT = "0";
process.env.FRESCO_EMULATOR_LATENCY_MS = "0";

const { prisma } = await import("@/lib/db/client");
const { monthOf, readCounter, TEAM_SCOPE } = await import("@/lib/db/budgets");
const { setTeamLimits } = await import("@/lib/db/team-limits");
const { beat } = await import("@/lib/db/instances");
const { inProcessQueue } = await import("@/lib/adapters/in-process-queue");
const { services, setServices } = await import("@/lib/services");
const { submitGeneration } = await import("@/lib/submissions/submit");
const { makePerson, makeTeam } = await import("@/lib/testing/people");
const { sweepDeadInstances } = await import("./instances");
type QueuedJob = import("@/lib/ports/job-queue").QueuedJob;

const params = (prompt: string) => ({
  model: "gpt-image-1-mini" as const, prompt, n: 1, size: "1024x1024" as const, quality: "low" as const,
  background: "auto" as const, moderation: "auto" as const, output_format: "png" as const, stream: false, partial_images: 0,
});

/** A durable queue stand-in: records what is queued, and which dead workers' jobs were let go. */
function sharedQueue(taken: Record<string, string[]>) {
  const queued: QueuedJob[] = [];
  const abandoned: string[][] = [];
  const base = inProcessQueue({ perOwner: 4, perInstance: 8 });
  const queue = {
    ...base,
    durable: true,
    enqueue: async (jobs: readonly QueuedJob[]) => void queued.push(...jobs),
    abandon: async (workers: readonly string[]) => {
      abandoned.push([...workers]);
      return workers.flatMap((w) => taken[w] ?? []);
    },
  };
  return { queue, queued, abandoned };
}

describe("the sweep of dead instances", () => {
  let who: { teamId: string; userId: string };
  beforeAll(async () => {
    const owner = await makePerson("Ivo");
    who = { teamId: await makeTeam(owner, "Ivo's team"), userId: owner.user.id };
    await setTeamLimits({ teamId: who.teamId, limits: { ratePerMinute: 0 } });
  });

  const submit = async (prompt: string) => (await submitGeneration(who, { params: params(prompt), idempotencyKey: crypto.randomUUID() })).id;
  const row = (id: string) => prisma.generation.findUniqueOrThrow({ where: { id }, select: { status: true, costUsd: true, instanceId: true, errorCode: true } });
  const counter = () => readCounter({ teamId: who.teamId, scope: TEAM_SCOPE, month: monthOf(new Date()) });

  it("interrupts a dead instance's sent work and settles its hold, queues its unsent work again, and leaves a live peer's alone", async () => {
    const hour = 3_600_000;
    await beat("peer-alive", ["pool-alive"]);
    await beat("peer-dead", ["pool-dead"], new Date(Date.now() - hour));
    const [alive, deadSent, deadUnsent, takenQueued, waiting] = await Promise.all(["a", "b", "c", "d", "e"].map(submit));
    const running = (id: string, instanceId: string, sent: boolean) =>
      prisma.generation.update({ where: { id }, data: { status: "running", instanceId, startedAt: new Date(), sentAt: sent ? new Date() : null } });
    await Promise.all([running(alive!, "peer-alive", true), running(deadSent!, "peer-dead", true), running(deadUnsent!, "peer-dead", false)]);
    const before = await counter();

    const { queue, queued, abandoned } = sharedQueue({ "pool-dead": [takenQueued!] });
    const restore = setServices({ jobs: queue });
    try {
      const settled = await sweepDeadInstances();
      expect(settled).toEqual({ interrupted: 1, requeued: 2, dropped: 0 });
    } finally {
      restore();
    }

    expect(await row(alive!)).toMatchObject({ status: "running", instanceId: "peer-alive" });
    expect(await row(deadSent!)).toMatchObject({ status: "interrupted", costUsd: null, errorCode: "interrupted" });
    expect(await row(deadUnsent!)).toMatchObject({ status: "queued", instanceId: null });
    expect(queued.map((j) => j.id).sort()).toEqual([deadUnsent!, takenQueued!].sort());
    expect(queued.map((j) => j.id)).not.toContain(waiting);
    expect(abandoned).toEqual([["pool-dead"]]);
    // The interrupted run's hold is settled (kept as spent: the provider may have billed it).
    const after = await counter();
    expect(after.reservedMicros).toBeLessThan(before.reservedMicros);
    expect(after.spentMicros).toBeGreaterThan(before.spentMicros);
    // The dead instance is forgotten; the live one stays.
    expect((await prisma.instance.findMany({ where: { id: { in: ["peer-alive", "peer-dead"] } } })).map((i) => i.id)).toEqual(["peer-alive"]);
    expect(services().instanceId).not.toBe("peer-alive");
  });
});
