// The caps on one submission until team budgets arrive: a ceiling on what one request may cost
// by its estimate, and a per-person rate limit on provider calls. Generations, re-runs and
// edits all pass through enforceCaps before anything is stored or queued.
import "server-only";
import { currentPrices } from "@/lib/db/prices";
import { recordCalls, type RecentCalls } from "@/lib/db/provider-calls";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { estimateCost, formatUsd, overCeiling } from "@/lib/images/cost";
import { add, parseDecimal, toDecimalString } from "@/lib/images/decimal";
import type { PixelSize, UsageRequest } from "@/lib/images/tokens";
import { providerSettings } from "@/lib/provider/settings";

/** One generation a submission will queue: its parameters and, for an edit, its input images' sizes. */
export interface PlannedRequest {
  params: UsageRequest;
  inputImageSizes?: readonly PixelSize[];
  /** The price table of the provider it goes to; absent: the environment's default provider's. */
  priceProvider?: string;
}

export interface Caps {
  /** Provider calls per person per minute; 0 is no limit. */
  perMinute: number;
  /** USD per request by its estimate, as a decimal string; "0" is no ceiling. */
  maxRequestUsd: string;
  /** Where the ceiling was set, for the refusal: the team's settings, or the environment's default. */
  ceilingSource?: string;
}

const WINDOW_MS = 60_000;

export function capsFromEnv(): Caps {
  const e = env();
  return { perMinute: e.FRESCO_RATE_LIMIT_PER_MINUTE, maxRequestUsd: e.FRESCO_MAX_REQUEST_USD };
}

/** The checks every submission makes: the cost ceiling first (it records nothing), then the rate. */
export async function enforceCaps(
  who: { userId: string; teamId?: string },
  planned: readonly PlannedRequest[],
  caps: Caps = capsFromEnv(),
  now = new Date(),
): Promise<void> {
  await checkCostCeiling(planned, caps.maxRequestUsd, caps.ceilingSource, who.teamId);
  await admitCalls(who.userId, callsOf(planned), caps.perMinute, now);
}

/** Provider calls a submission makes: one per generation, and a streamed request for n images is n. */
export function callsOf(planned: readonly PlannedRequest[]): number {
  return planned.reduce((sum, p) => sum + (p.params.stream ? p.params.n : 1), 0);
}

/**
 * The estimate the prompt panel and the edit panel show (the token table times the price rows
 * the job will be billed with), summed over a bulk. Null when a model's price or token count is
 * unknown: an unknown cost cannot be compared, so the ceiling lets it through (the rate limit still applies).
 */
export async function estimateRequestUsd(planned: readonly PlannedRequest[], teamId?: string): Promise<string | null> {
  const fallback = (await providerSettings()).priceProvider;
  let total = parseDecimal("0");
  for (const p of planned) {
    const estimate = estimateCost(p.params, await currentPrices(p.priceProvider ?? fallback, p.params.model, { teamId }), { inputImageSizes: p.inputImageSizes });
    if (!estimate) return null;
    total = add(total, parseDecimal(estimate.total));
  }
  return toDecimalString(total);
}

export async function checkCostCeiling(
  planned: readonly PlannedRequest[],
  maxUsd: string,
  source = "FRESCO_MAX_REQUEST_USD",
  teamId?: string,
): Promise<void> {
  if (parseDecimal(maxUsd).units === 0n) return;
  const estimate = await estimateRequestUsd(planned, teamId);
  if (estimate === null || !overCeiling(estimate, maxUsd)) return;
  const fewer = planned.length > 1 ? ", or send fewer at once" : "";
  throw new AppError(
    "INVALID_INPUT",
    `This request would cost about ${formatUsd(estimate)}, over the ${formatUsd(maxUsd)} limit per request (${source}). Lower n, size or quality${fewer}.`,
  );
}

/** Records the calls if they fit in the person's last minute; otherwise refuses, saying when to try again. */
export async function admitCalls(userId: string, calls: number, perMinute: number, now = new Date()): Promise<void> {
  if (perMinute === 0) return;
  if (calls > perMinute) {
    throw new AppError("INVALID_INPUT", `This needs ${requests(calls)} at once, more than the limit of ${perMinute} per minute. Send fewer at a time.`);
  }
  await recordCalls({
    userId,
    calls,
    now,
    windowStart: new Date(now.getTime() - WINDOW_MS),
    check: (recent) => {
      const used = recent.reduce((sum, r) => sum + r.calls, 0);
      if (used + calls <= perMinute) return;
      const wait = `(the limit is ${perMinute} per minute). Try again in ${secondsUntilRoom(recent, used + calls - perMinute, now)} s.`;
      throw new AppError(
        "INVALID_INPUT",
        used >= perMinute
          ? `You've sent ${requests(used)} in the last minute ${wait}`
          : `This needs ${requests(calls)} and you've sent ${used} in the last minute ${wait}`,
      );
    },
  });
}

/** When enough of the oldest calls leave the window to make room for `excess` more. */
function secondsUntilRoom(recent: readonly RecentCalls[], excess: number, now: Date): number {
  let freed = 0;
  for (const r of recent) {
    freed += r.calls;
    if (freed >= excess) return Math.max(1, Math.ceil((r.createdAt.getTime() + WINDOW_MS - now.getTime()) / 1000));
  }
  return Math.ceil(WINDOW_MS / 1000);
}

const requests = (n: number) => `${n} request${n === 1 ? "" : "s"}`;
