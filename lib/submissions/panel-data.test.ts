// The prompt panel's estimate is priced as the server will reserve it: by the price table of the
// provider the work goes to, not the environment's.
import { beforeAll, describe, expect, it } from "vitest";
import { addPriceRows } from "@/lib/db/price-tables";
import { createProvider } from "@/lib/db/providers";
import type { Member } from "@/lib/auth/member";
import { seal } from "@/lib/provider/key-seal";
import { makePerson, makeTeam } from "@/lib/testing/people";
import { choiceKey } from "@/lib/views/panel";
import { loadPanelData } from "./panel-data";

const sealed = { keyCiphertext: seal("sk-x-12345678", "s"), keyLast4: "5678" };
const comet = { textInPerM: "2", cachedTextInPerM: "0.5", imageInPerM: "2", cachedImageInPerM: "0.5", imageOutPerM: "6.4", textOutPerM: null };

describe("the panel's prices", () => {
  let member: Member;
  let cometId = "";

  beforeAll(async () => {
    const ada = await makePerson("Ada");
    const teamId = await makeTeam(ada, "Ada's team");
    member = { session: ada, user: ada.user, team: { id: teamId, name: "Ada's team" }, role: "owner", membershipId: "" };
    await addPriceRows({ teamId, createdById: ada.user.id, takenAt: new Date(Date.now() - 60_000), rows: [{ provider: "cometapi", model: "gpt-image-1-mini", rates: comet }] });
    cometId = (await createProvider({ teamId, name: "Comet", preset: "cometapi", baseURL: "https://api.cometapi.com/v1", models: ["gpt-image-1-mini"], ...sealed })).id;
  });

  it("are the default provider's, and each provider's own by its key", async () => {
    const data = await loadPanelData(member);
    expect(data.provider.id).toBe(cometId);
    expect(data.prices["gpt-image-1-mini"]?.imageOutPerM).toBe("6.4");
    expect(data.pricesByChoice[choiceKey({ id: cometId })]?.["gpt-image-1-mini"]?.imageOutPerM).toBe("6.4");
  });
});
