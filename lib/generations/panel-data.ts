// What the prompt panel needs from the server: the person's last parameters, recent prompts,
// each model's current prices (for the estimate) and the provider's base URL (for curl).
import "server-only";
import { currentPrices } from "@/lib/db/prices";
import { recentPrompts } from "@/lib/db/queries";
import { getLastParams } from "@/lib/db/users";
import type { PriceRates } from "@/lib/images/cost";
import { MODEL_IDS, type ModelId } from "@/lib/images/models";
import { providerSettings } from "@/lib/provider/settings";
import type { Member } from "@/lib/auth/member";

export interface PanelData {
  lastParams: Record<string, unknown> | null;
  recentPrompts: string[];
  prices: Partial<Record<ModelId, PriceRates & { takenAt: string }>>;
  baseURL: string;
}

export async function loadPanelData(member: Member): Promise<PanelData> {
  const provider = await providerSettings();
  const [last, recent, priceRows] = await Promise.all([
    getLastParams(member.user.id),
    recentPrompts({ teamId: member.team.id, userId: member.user.id, take: 8 }),
    Promise.all(MODEL_IDS.map(async (model) => [model, await currentPrices(provider.priceProvider, model)] as const)),
  ]);
  const prices: PanelData["prices"] = {};
  for (const [model, row] of priceRows) if (row) prices[model] = row;
  return {
    lastParams: last && typeof last === "object" ? (last as Record<string, unknown>) : null,
    recentPrompts: recent,
    prices,
    baseURL: provider.baseURL,
  };
}
