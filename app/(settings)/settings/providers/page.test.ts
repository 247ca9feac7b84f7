// The providers page as the server renders it: owners and admins see their providers with the
// key's last four only (the plaintext key appears nowhere in the HTML, nor the sealed key);
// members and viewers get the 404 page, not the form.
import { renderToString } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { who } from "@/lib/testing/signed-in";
import type { SignedIn } from "@/lib/auth/session";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/signed-in"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { default: ProvidersPage } = await import("./page");
const { addProviderAction } = await import("@/lib/actions/providers/add-provider");
const { prisma } = await import("@/lib/db/client");
const { join, makePerson, makeTeam } = await import("@/lib/testing/people");

const KEY = "sk-live-PLAINTEXT-never-shown-7h3Q";
let admin: SignedIn, member: SignedIn, viewer: SignedIn;

beforeAll(async () => {
  admin = await makePerson("Ada");
  const teamId = await makeTeam(admin, "Studio");
  [member, viewer] = [await makePerson("Max"), await makePerson("Vic")];
  await join(member, teamId, "member");
  await join(viewer, teamId, "viewer");
  who.current = admin;
  await addProviderAction({ name: "Comet", preset: "cometapi", baseURL: "https://api.cometapi.com/v1", key: KEY, models: ["gpt-image-1"] });
});

describe("the providers page", () => {
  it("shows the provider and its key's last four, never the key or its sealed form", async () => {
    who.current = admin;
    const html = renderToString(await ProvidersPage());
    expect(html).toContain("Comet");
    expect(html).toContain("…7h3Q");
    const sealed = (await prisma.provider.findFirstOrThrow({ where: { name: "Comet" } })).keyCiphertext;
    for (const secret of [KEY, KEY.slice(0, -4), sealed, sealed.split(".")[4]!]) expect(html).not.toContain(secret);
  });

  for (const role of ["member", "viewer"] as const) {
    it(`is not found for a ${role}`, async () => {
      who.current = role === "member" ? member : viewer;
      await expect(ProvidersPage()).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
    });
  }
});
