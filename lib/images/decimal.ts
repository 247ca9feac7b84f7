// Exact non-negative decimals on BigInt, for money: 272 tokens at $8 per million must be
// exactly $0.002176, which binary floating point cannot promise once sums pile up.

/** value = units / 10^scale */
export interface Fixed {
  units: bigint;
  scale: number;
}

const DECIMAL = /^(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/** Parses "2", "2.50", ".5" or "1e-7" (how Prisma's Decimal prints tiny values). */
export function parseDecimal(text: string): Fixed {
  const match = DECIMAL.exec(text.trim());
  const [, whole = "", fraction = "", exponent = "0"] = match ?? [];
  if (!match || whole + fraction === "") throw new RangeError(`Not a non-negative decimal: "${text}"`);
  const exp = Number(exponent);
  const units = BigInt(whole + fraction);
  const scale = fraction.length - exp;
  return scale >= 0 ? { units, scale } : { units: units * 10n ** BigInt(-scale), scale: 0 };
}

function rescale(value: Fixed, scale: number): Fixed {
  if (scale < value.scale) throw new RangeError("rescale would lose digits");
  return { units: value.units * 10n ** BigInt(scale - value.scale), scale };
}

export function add(a: Fixed, b: Fixed): Fixed {
  const scale = Math.max(a.scale, b.scale);
  return { units: rescale(a, scale).units + rescale(b, scale).units, scale };
}

export function mulInt(value: Fixed, factor: number | bigint): Fixed {
  return { units: value.units * BigInt(factor), scale: value.scale };
}

/** Divides by 10^digits, which is exact in decimal. */
export function shift(value: Fixed, digits: number): Fixed {
  return { units: value.units, scale: value.scale + digits };
}

/** Rounds half up to `places` fraction digits. */
export function roundTo(value: Fixed, places: number): Fixed {
  if (value.scale <= places) return rescale(value, places);
  const divisor = 10n ** BigInt(value.scale - places);
  return { units: (value.units + divisor / 2n) / divisor, scale: places };
}

export function compare(a: Fixed, b: Fixed): -1 | 0 | 1 {
  const scale = Math.max(a.scale, b.scale);
  const x = rescale(a, scale).units;
  const y = rescale(b, scale).units;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Plain notation without trailing zeros: "0.002176", "3", "0". */
export function toDecimalString(value: Fixed): string {
  return toFixedString(value).replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
}

/** Plain notation with exactly `value.scale` fraction digits. */
export function toFixedString({ units, scale }: Fixed): string {
  const digits = units.toString().padStart(scale + 1, "0");
  if (scale === 0) return digits;
  return `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}
