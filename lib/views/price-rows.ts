// A price-table row as the prices page shows it (lib/db/price-tables.ts builds it).
import type { PriceRates } from "@/lib/images/prices";

export interface PriceTableRow extends PriceRates {
  id: string;
  /** The date it takes effect, ISO. */
  takenAt: string;
  provider: string;
  model: string;
  /** Null: the shared published list price. */
  teamId: string | null;
  /** How many of the team's generations were priced with it. */
  used: number;
}
