// Rotating the server secret: every stored key is re-sealed with the new one and still opens.
import { describe, expect, it } from "vitest";
import { openSealed, seal } from "@/lib/provider/key-seal";
import { makePerson, makeTeam } from "@/lib/testing/people";
import { prisma } from "./client";
import { rotateProviderKeys } from "./provider-key-rotation";
import { createProvider } from "./providers";

describe("provider key rotation", () => {
  it("re-seals keys sealed with the previous secret, leaves current ones, reports unreadable ones", async () => {
    const teamId = await makeTeam(await makePerson("Ada"), "Ada's studio");
    const base = { teamId, preset: "custom" as const, baseURL: "http://127.0.0.1:1/v1", models: [], keyLast4: "0000" };
    const old = await createProvider({ ...base, name: "Old", keyCiphertext: seal("sk-old-key", "secret-old") });
    await createProvider({ ...base, name: "New", keyCiphertext: seal("sk-new-key", "secret-new") });
    const lost = await createProvider({ ...base, name: "Lost", keyCiphertext: seal("sk-lost", "secret-gone") });

    const report = await rotateProviderKeys(["secret-new", "secret-old"]);
    expect(report.resealed).toBe(1);
    expect(report.current).toBe(1);
    expect(report.unreadable.map((u) => u.id)).toEqual([lost.id]);

    const row = await prisma.provider.findUniqueOrThrow({ where: { id: old.id } });
    expect(openSealed(row.keyCiphertext, ["secret-new"])).toBe("sk-old-key"); // the old secret is no longer needed
    expect((await rotateProviderKeys(["secret-new"])).resealed).toBe(0);
  });
});
