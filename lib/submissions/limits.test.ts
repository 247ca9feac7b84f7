// The caps on submissions, on the real database and price table: a per-request cost ceiling
// and a per-person rate limit on provider calls, both refused with a sentence naming the limit.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { GenerateParams } from "@/lib/images/schemas";
import { editFormSchema, toEditFormData } from "@/lib/edits/edit-form";
import { submitEdit } from "./submit-edit";
import { makeGeneration, makePerson, makeTeam } from "@/lib/testing/people";
import { admitCalls, callsOf } from "./limits";
import { submitGeneration } from "./submit";

const enqueued = vi.hoisted(() => [] as string[]);
// The queue is the runner's business; here it only records what was handed to it.
vi.mock("@/lib/jobs/runner", () => ({ enqueueGeneration: (job: { id: string }) => enqueued.push(job.id) }));

const base: GenerateParams = {
  model: "gpt-image-1-mini", prompt: "a lighthouse in fog", n: 1, size: "1024x1024", quality: "low",
  background: "auto", moderation: "auto", output_format: "png", stream: false, partial_images: 0,
};

async function person(name: string) {
  const p = await makePerson(name);
  return { teamId: await makeTeam(p, `${name}'s team`), userId: p.user.id };
}
const refusal = (err: unknown) => (err instanceof AppError ? err.message : String(err));

beforeEach(() => void enqueued.splice(0));

describe("the cost ceiling per request (FRESCO_MAX_REQUEST_USD, default $1.00)", () => {
  let who: { teamId: string; userId: string };
  beforeAll(async () => {
    who = await person("Cy");
  });

  it("refuses gpt-image-1.5 at 1536×1024, high, n=10 with the estimate and the limit, and queues nothing", async () => {
    const idempotencyKey = crypto.randomUUID();
    const params = { ...base, model: "gpt-image-1.5", size: "1536x1024", quality: "high", n: 10 } as const;
    const refused = await submitGeneration(who, { params, idempotencyKey }).catch(refusal);
    expect(refused).toBe(
      "This request would cost about $1.99, over the $1.00 limit per request (FRESCO_MAX_REQUEST_USD). Lower n, size or quality.",
    );
    expect(await prisma.generation.count({ where: { teamId: who.teamId } })).toBe(0);
    expect(await prisma.providerCallLog.count({ where: { userId: who.userId } })).toBe(0);
    expect(enqueued).toEqual([]);
  });

  it("accepts the same request at n=5 (about $0.99)", async () => {
    const params = { ...base, model: "gpt-image-1.5", size: "1536x1024", quality: "high", n: 5 } as const;
    const { id } = await submitGeneration(who, { params, idempotencyKey: crypto.randomUUID() });
    expect(enqueued).toEqual([id]);
  });

  it("sums a bulk edit's generations, refuses it whole and suggests sending fewer", async () => {
    const targets = await Promise.all([1, 2, 3].map(async () => (await makeGeneration(who.teamId, who.userId)).images[0]!.id));
    const bulk = async (ids: string[]) => {
      const form = toEditFormData({ params: { prompt: "make it dusk", model: "gpt-image-1.5", quality: "high", n: 2 }, images: [], targets: ids, idempotencyKey: crypto.randomUUID() });
      return submitEdit(who, await editFormSchema.parseAsync(form));
    };
    const edits = () => prisma.generation.count({ where: { teamId: who.teamId, kind: "edit" } });
    await expect(bulk(targets)).rejects.toThrow(
      "This request would cost about $1.20, over the $1.00 limit per request (FRESCO_MAX_REQUEST_USD). Lower n, size or quality, or send fewer at once.",
    );
    expect(await edits()).toBe(0);
    expect(enqueued).toEqual([]);
    const { ids } = await bulk(targets.slice(0, 2));
    expect(enqueued).toEqual(ids);
    expect(await edits()).toBe(2);
  });
});

describe("the rate limit per person (FRESCO_RATE_LIMIT_PER_MINUTE, default 20)", () => {
  it("of 30 submissions sent at once, exactly 20 are accepted and the rest refused with the limit", async () => {
    const who = await person("Rae");
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) => submitGeneration(who, { params: { ...base, prompt: `kite ${i}` }, idempotencyKey: crypto.randomUUID() })),
    );
    const accepted = results.filter((r) => r.status === "fulfilled");
    const refused = results.flatMap((r) => (r.status === "rejected" ? [refusal(r.reason)] : []));
    expect(accepted).toHaveLength(20);
    expect(refused).toHaveLength(10);
    for (const sentence of refused) {
      expect(sentence).toMatch(/^You've sent 20 requests in the last minute \(the limit is 20 per minute\)\. Try again in \d+ s\.$/);
    }
    expect(await prisma.generation.count({ where: { teamId: who.teamId } })).toBe(20);
    expect(enqueued).toHaveLength(20);
  });

  it("a resubmitted form is the same request: it is neither refused nor counted again", async () => {
    const who = await person("Sol");
    const input = { params: base, idempotencyKey: crypto.randomUUID() };
    const first = await submitGeneration(who, input);
    expect(await submitGeneration(who, input)).toEqual(first);
    expect(await prisma.providerCallLog.aggregate({ where: { userId: who.userId }, _sum: { calls: true } })).toEqual({ _sum: { calls: 1 } });
  });

  it("counts every provider call: a bulk edit of 12 is 12, and the wait is until enough calls leave the window", async () => {
    const { userId } = await person("Tam");
    const t = Date.parse("2026-11-30T10:00:00Z");
    await admitCalls(userId, 12, 20, new Date(t));
    await admitCalls(userId, 5, 20, new Date(t + 20_000));
    await expect(admitCalls(userId, 12, 20, new Date(t + 30_000))).rejects.toThrow(
      "This needs 12 requests and you've sent 17 in the last minute (the limit is 20 per minute). Try again in 30 s.",
    );
    await expect(admitCalls(userId, 3, 20, new Date(t + 30_000))).resolves.toBeUndefined();
    await expect(admitCalls(userId, 1, 20, new Date(t + 31_000))).rejects.toThrow(
      "You've sent 20 requests in the last minute (the limit is 20 per minute). Try again in 29 s.",
    );
    // A minute after the first 12, they no longer count.
    await expect(admitCalls(userId, 12, 20, new Date(t + 60_001))).resolves.toBeUndefined();
    await expect(admitCalls(userId, 21, 20)).rejects.toThrow("This needs 21 requests at once, more than the limit of 20 per minute. Send fewer at a time.");
  });

  it("a streamed request for n images is n calls", () => {
    expect(callsOf([{ params: { ...base, n: 3 } }, { params: { ...base, n: 3, stream: true } }])).toBe(4);
  });
});
