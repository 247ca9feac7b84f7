// Loads what the prompt panel needs from the server (its shape: lib/views/panel.ts).
import "server-only";
import { currentPrices } from "@/lib/db/prices";
import { recentPrompts } from "@/lib/db/queries";
import { getLastParams } from "@/lib/db/users";
import { MODEL_IDS } from "@/lib/images/models";
import { providerSettings } from "@/lib/provider/settings";
import type { Member } from "@/lib/auth/member";
import type { PanelData } from "@/lib/views/panel";
import { teamCaps } from "./budget";
import { providerChoices } from "./provider-choice";

export async function loadPanelData(member: Member): Promise<PanelData> {
  const provider = await providerSettings();
  const [last, recent, priceRows, choices] = await Promise.all([
    getLastParams(member.user.id),
    recentPrompts({ teamId: member.team.id, userId: member.user.id, take: 8 }),
    Promise.all(MODEL_IDS.map(async (model) => [model, await currentPrices(provider.priceProvider, model, { teamId: member.team.id })] as const)),
    providerChoices(member.team.id),
  ]);
  const prices: PanelData["prices"] = {};
  for (const [model, row] of priceRows) if (row) prices[model] = row;
  return {
    lastParams: last && typeof last === "object" ? (last as Record<string, unknown>) : null,
    recentPrompts: recent,
    prices,
    baseURL: provider.baseURL,
    provider: choices.current,
    providers: choices.all,
    // The team's own ceiling when it set one: the panel warns as the server refuses.
    maxRequestUsd: (await teamCaps(member.team.id)).maxRequestUsd,
  };
}
