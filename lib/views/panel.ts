// What the prompt panel needs from the server (loaded by lib/submissions/panel-data.ts): the
// person's last parameters, recent prompts, each model's current prices (for the estimate)
// the provider's base URL (for curl) and the per-request cost ceiling.
import type { PriceRates } from "@/lib/images/cost";
import type { ModelId } from "@/lib/images/models";
import type { ProviderChoice } from "@/lib/provider/limits";

export type ModelPrices = Partial<Record<ModelId, PriceRates & { takenAt: string }>>;

/** The key of a provider choice in `pricesByChoice`: its id, or "default" for the environment's. */
export const choiceKey = (choice: Pick<ProviderChoice, "id">) => choice.id ?? "default";

export interface PanelData {
  lastParams: Record<string, unknown> | null;
  recentPrompts: string[];
  /** The prices of the provider new work goes to (`provider`). */
  prices: ModelPrices;
  /** Each provider's prices (by `choiceKey`): the estimate follows the provider picked. */
  pricesByChoice: Record<string, ModelPrices>;
  baseURL: string;
  /** The most one request may cost by its estimate (FRESCO_MAX_REQUEST_USD); "0" is no ceiling. */
  maxRequestUsd: string;
  /** The provider new work goes to (the team's default, else the environment's), and its limits. */
  provider: ProviderChoice;
  /** The team's providers, to pick from when there are several. */
  providers: ProviderChoice[];
}
