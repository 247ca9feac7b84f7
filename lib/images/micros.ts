// Money as integer micro-dollars, for the budget counters: one conditional UPDATE on integers
// is atomic on SQLite and PostgreSQL alike, where decimal columns would not compare exactly.
import { parseDecimal, toDecimalString } from "./decimal";

/** A decimal USD string in micro-dollars, rounded up: a budget never under-counts a fraction. */
export function toMicros(usd: string): bigint {
  const { units, scale } = parseDecimal(usd);
  if (scale <= 6) return units * 10n ** BigInt(6 - scale);
  const divisor = 10n ** BigInt(scale - 6);
  return (units + divisor - 1n) / divisor;
}

/** Micro-dollars as a plain decimal USD string ("0.0055"). */
export function fromMicros(micros: bigint): string {
  return toDecimalString({ units: micros < 0n ? 0n : micros, scale: 6 });
}
