import { describe, expect, it } from "vitest";
import { makePerson, makeTeam } from "@/lib/testing/people";
import { prisma } from "./client";
import { cancelQueued, createGeneration, interruptActiveGenerations } from "./generations";

describe("generations", () => {
  it("a restart marks queued and running work as interrupted, and leaves finished work alone", async () => {
    const person = await makePerson("Restart");
    const teamId = await makeTeam(person, "Restart team");
    const base = { teamId, createdById: person.user.id, kind: "generate" as const, model: "gpt-image-1-mini", params: {} };
    const queued = await createGeneration({ ...base, prompt: "queued" });
    const running = await createGeneration({ ...base, prompt: "running" });
    const done = await createGeneration({ ...base, prompt: "done" });
    await prisma.generation.update({ where: { id: running.id }, data: { status: "running" } });
    await prisma.generation.update({ where: { id: done.id }, data: { status: "succeeded" } });

    expect(await interruptActiveGenerations()).toBe(2);
    const rows = await prisma.generation.findMany({ where: { teamId }, orderBy: { prompt: "asc" } });
    expect(rows.map((r) => [r.prompt, r.status])).toEqual([
      ["done", "succeeded"],
      ["queued", "interrupted"],
      ["running", "interrupted"],
    ]);
    expect(rows[1]?.errorMessage).toMatch(/server restarted/);
    expect(await cancelQueued(queued.id)).toBe(false); // no longer queued: nothing to cancel
  });
});
