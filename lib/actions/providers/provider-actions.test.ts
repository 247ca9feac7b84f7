// Who may manage providers, through the real actions: owners and admins; members and viewers are
// refused with a sentence and change nothing. Keys are sealed, and never come back.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { who } from "@/lib/testing/signed-in";
import type { SignedIn } from "@/lib/auth/session";
import type { RunningEmulator } from "@/lib/emulator";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/signed-in"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { prisma } = await import("@/lib/db/client");
const { addProviderAction } = await import("./add-provider");
const { updateProviderAction } = await import("./update-provider");
const { removeProviderAction } = await import("./remove-provider");
const { setDefaultProviderAction } = await import("./set-default-provider");
const { testProviderAction } = await import("./test-provider");
const { startEmulator } = await import("@/lib/emulator");
const { join, makePerson, makeTeam } = await import("@/lib/testing/people");

const KEY = "sk-comet-secret-key-K9x2";
let owner: SignedIn, admin: SignedIn, member: SignedIn, viewer: SignedIn;
let relay: RunningEmulator;

beforeAll(async () => {
  relay = await startEmulator({ port: 0, apiKey: KEY });
  owner = await makePerson("Olga");
  const teamId = await makeTeam(owner, "Studio");
  [admin, member, viewer] = [await makePerson("Ada"), await makePerson("Max"), await makePerson("Vic")];
  await join(admin, teamId, "admin");
  await join(member, teamId, "member");
  await join(viewer, teamId, "viewer");
});
afterAll(() => relay.close());

const comet = () => ({ name: `Comet ${crypto.randomUUID().slice(0, 6)}`, preset: "cometapi" as const, baseURL: relay.baseURL, key: KEY, models: ["gpt-image-1" as const] });

describe("provider actions", () => {
  it("an admin adds one: the key is stored sealed and only its last four come back", async () => {
    who.current = admin;
    const res = await addProviderAction(comet());
    expect(res.data?.provider).toMatchObject({ keyLast4: "K9x2", isDefault: true });
    expect(JSON.stringify(res)).not.toContain(KEY);
    const row = await prisma.provider.findUniqueOrThrow({ where: { id: res.data!.provider.id } });
    expect(row.keyCiphertext).not.toContain(KEY);
  });

  for (const role of ["member", "viewer"] as const) {
    it(`a ${role} is refused every action with a sentence, and nothing changes`, async () => {
      who.current = owner;
      const p = (await addProviderAction(comet())).data!.provider;
      who.current = role === "member" ? member : viewer;
      const refused = new RegExp(`As a ${role} of Studio you cannot do this`);
      expect((await addProviderAction(comet())).serverError).toMatch(refused);
      expect((await updateProviderAction({ providerId: p.id, name: "Mine", baseURL: relay.baseURL, models: ["gpt-image-1"] })).serverError).toMatch(refused);
      expect((await setDefaultProviderAction({ providerId: p.id })).serverError).toMatch(refused);
      expect((await testProviderAction({ providerId: p.id })).serverError).toMatch(refused);
      expect((await removeProviderAction({ providerId: p.id })).serverError).toMatch(refused);
      expect(await prisma.provider.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ name: p.name, isDefault: false });
    });
  }

  it("a bad base URL or a missing key is refused with a sentence", async () => {
    who.current = admin;
    const res = await addProviderAction({ ...comet(), baseURL: "ftp://x", key: "" });
    expect(res.validationErrors?.baseURL?._errors?.[0]).toMatch(/http\(s\):\/\/host\/v1/);
    expect(res.validationErrors?.key?._errors?.[0]).toMatch(/Paste the provider's API key/);
  });

  it("Test connection reports reachable, key accepted and the models listed; a wrong key as refused", async () => {
    who.current = admin;
    const good = (await addProviderAction(comet())).data!.provider;
    const ok = (await testProviderAction({ providerId: good.id })).data!.report;
    expect(ok).toMatchObject({ reachable: true, keyAccepted: true });
    expect(ok.models).toContain("gpt-image-1");
    expect(ok.summary).toMatch(/^Reachable, key accepted, \d+ models listed/);
    const bad = (await addProviderAction({ ...comet(), key: "sk-wrong-key-0000" })).data!.provider;
    const refused = (await testProviderAction({ providerId: bad.id })).data!.report;
    expect(refused).toMatchObject({ reachable: true, keyAccepted: false });
    expect(refused.summary).toMatch(/refused the key \(401\)/);
    expect(JSON.stringify([ok, refused])).not.toContain(KEY);
  });

  it("Test connection says so when nothing answers", async () => {
    who.current = owner;
    const dead = (await addProviderAction({ ...comet(), baseURL: "http://127.0.0.1:9/v1" })).data!.provider;
    const report = (await testProviderAction({ providerId: dead.id })).data!.report;
    expect(report).toMatchObject({ reachable: false, keyAccepted: null });
    expect(report.summary).toMatch(/could not be reached/);
  });

  it("editing with a blank key keeps the stored one; a new key replaces it", async () => {
    who.current = owner;
    const p = (await addProviderAction(comet())).data!.provider;
    const before = await prisma.provider.findUniqueOrThrow({ where: { id: p.id } });
    await updateProviderAction({ providerId: p.id, name: p.name, baseURL: relay.baseURL, key: "", models: ["gpt-image-1"] });
    expect((await prisma.provider.findUniqueOrThrow({ where: { id: p.id } })).keyCiphertext).toBe(before.keyCiphertext);
    const res = await updateProviderAction({ providerId: p.id, name: p.name, baseURL: relay.baseURL, key: "sk-another-key-ZZ11", models: ["gpt-image-1"] });
    expect(res.data?.provider.keyLast4).toBe("ZZ11");
  });
});
