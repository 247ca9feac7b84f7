// A team's providers against the real database: scoped to the team, one default, keys sealed.
import { beforeAll, describe, expect, it } from "vitest";
import { seal } from "@/lib/provider/key-seal";
import { makePerson, makeQueuedGeneration, makeTeam } from "@/lib/testing/people";
import { prisma } from "./client";
import { createProvider, defaultProvider, getProvider, listProviders, removeProvider, setDefaultProvider, updateProvider } from "./providers";

let teamId = "";
let otherTeamId = "";
let adaId = "";
const sealed = { keyCiphertext: seal("sk-abcdWXYZ", "s"), keyLast4: "WXYZ" };
const input = (name: string) => ({ name, preset: "cometapi" as const, baseURL: "https://api.cometapi.com/v1", models: ["gpt-image-1"] });

beforeAll(async () => {
  const ada = await makePerson("Ada");
  adaId = ada.user.id;
  teamId = await makeTeam(ada, "Ada's studio");
  otherTeamId = await makeTeam(await makePerson("Bo"), "Bo's studio");
});

describe("providers", () => {
  it("the first is the default; a second is not; making it default clears the first", async () => {
    const a = await createProvider({ teamId, ...input("Comet"), ...sealed });
    const b = await createProvider({ teamId, ...input("Comet 2"), ...sealed });
    expect(a.isDefault).toBe(true);
    expect(b.isDefault).toBe(false);
    await setDefaultProvider({ teamId, providerId: b.id });
    expect((await defaultProvider({ teamId }))?.id).toBe(b.id);
    expect((await listProviders({ teamId })).filter((p) => p.isDefault)).toHaveLength(1);
  });

  it("never hands out the sealed key in its rows", async () => {
    const rows = await listProviders({ teamId });
    expect(JSON.stringify(rows)).not.toContain(sealed.keyCiphertext);
    expect(rows[0]).not.toHaveProperty("keyCiphertext");
  });

  it("refuses a second provider of the same name with a sentence", async () => {
    await expect(createProvider({ teamId, ...input("Comet"), ...sealed })).rejects.toThrow(/already has a provider by that name/);
  });

  it("answers another team's provider id as a missing one, and changes nothing there", async () => {
    const mine = (await listProviders({ teamId }))[0]!;
    await expect(getProvider({ teamId: otherTeamId, providerId: mine.id })).rejects.toThrow(/not found in this team/);
    await expect(updateProvider({ teamId: otherTeamId, providerId: mine.id, name: "Taken" })).rejects.toThrow(/not found/);
    await expect(setDefaultProvider({ teamId: otherTeamId, providerId: mine.id })).rejects.toThrow(/not found/);
    await expect(removeProvider({ teamId: otherTeamId, providerId: mine.id })).rejects.toThrow(/not found/);
    expect(await listProviders({ teamId: otherTeamId })).toEqual([]);
    expect((await getProvider({ teamId, providerId: mine.id })).name).toBe(mine.name);
  });

  it("refuses removing a provider with queued work, then removes it once that is done", async () => {
    const p = await createProvider({ teamId, ...input("Busy"), ...sealed });
    const g = await makeQueuedGeneration(teamId, adaId);
    await prisma.generation.update({ where: { id: g.id }, data: { providerId: p.id } });
    await expect(removeProvider({ teamId, providerId: p.id })).rejects.toThrow(/still has 1 generation queued or running/);
    await prisma.generation.update({ where: { id: g.id }, data: { status: "succeeded" } });
    await removeProvider({ teamId, providerId: p.id });
    expect(await prisma.provider.count({ where: { id: p.id } })).toBe(0);
    expect((await prisma.generation.findUnique({ where: { id: g.id } }))?.providerId).toBeNull();
  });
});
