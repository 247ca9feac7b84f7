// Loads what the prompt panel needs from the server (its shape: lib/views/panel.ts).
import "server-only";
import { currentPricesOfModels } from "@/lib/db/prices";
import { recentPrompts } from "@/lib/db/queries";
import { getLastParams } from "@/lib/db/users";
import { MODEL_IDS } from "@/lib/images/models";
import { providerSettings } from "@/lib/provider/settings";
import type { Member } from "@/lib/auth/member";
import type { ProviderChoice } from "@/lib/provider/limits";
import { choiceKey, type ModelPrices, type PanelData } from "@/lib/views/panel";
import { priceProviderOf, teamCaps } from "./budget";
import { providerChoices } from "./provider-choice";

export async function loadPanelData(member: Member): Promise<PanelData> {
  const provider = await providerSettings();
  const teamId = member.team.id;
  const [last, recent, choices] = await Promise.all([
    getLastParams(member.user.id),
    recentPrompts({ teamId, userId: member.user.id, take: 8 }),
    providerChoices(teamId),
  ]);
  // Each provider's own price table (the environment's for the default), as the server estimates.
  const pricesOf = async (choice: ProviderChoice): Promise<ModelPrices> => {
    const table = priceProviderOf(choice) ?? provider.priceProvider;
    return Object.fromEntries(await currentPricesOfModels(table, MODEL_IDS, { teamId }));
  };
  const listed = choices.all.some((c) => c.id === choices.current.id) ? choices.all : [choices.current, ...choices.all];
  const pricesByChoice = Object.fromEntries(await Promise.all(listed.map(async (c) => [choiceKey(c), await pricesOf(c)] as const)));
  return {
    lastParams: last && typeof last === "object" ? (last as Record<string, unknown>) : null,
    recentPrompts: recent,
    prices: pricesByChoice[choiceKey(choices.current)]!,
    pricesByChoice,
    baseURL: provider.baseURL,
    provider: choices.current,
    providers: choices.all,
    // The team's own ceiling when it set one: the panel warns as the server refuses.
    maxRequestUsd: (await teamCaps(member.team.id)).maxRequestUsd,
  };
}
