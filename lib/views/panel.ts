// What the prompt panel needs from the server (loaded by lib/submissions/panel-data.ts): the
// person's last parameters, recent prompts, each model's current prices (for the estimate)
// and the provider's base URL (for curl).
import type { PriceRates } from "@/lib/images/cost";
import type { ModelId } from "@/lib/images/models";

export interface PanelData {
  lastParams: Record<string, unknown> | null;
  recentPrompts: string[];
  prices: Partial<Record<ModelId, PriceRates & { takenAt: string }>>;
  baseURL: string;
}
