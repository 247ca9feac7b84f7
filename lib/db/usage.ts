// A team's generations in a date range as the usage page and its CSV read them: who, which
// model, provider and project, tokens, the actual cost (or unknown), and the estimate the
// budget held for it. Team-scoped; with userId, that person's only.
import "server-only";
import { fromMicros } from "@/lib/images/micros";
import type { Billing, UsageRange, UsageRow } from "@/lib/views/usage";
import { rangeBounds } from "@/lib/views/usage";
import { prisma } from "./client";

export const ENVIRONMENT = "Environment default";
export const DELETED_ACCOUNT = "Deleted account";
export const NO_PROJECT = "No project";
/** Rows per read: each query is bounded, so a year of usage never holds the server's one thread. */
const PAGE = 500;

function billingOf(r: { status: string; costUsd: unknown; sentAt: Date | null; errorCode: string | null }): Billing {
  if (r.costUsd !== null) return "actual";
  if (r.status === "succeeded") return "unknown";
  if ((r.status === "canceled" || r.status === "interrupted") && r.sentAt) return "unknown";
  // Images lost in storage were made, so billed.
  if (r.status === "failed" && r.errorCode === "storage") return "unknown";
  return "none";
}

/** Every row of the range, oldest first (tests; the CSV reads them a page at a time). */
export async function usageRows(opts: { teamId: string; userId?: string; range: UsageRange }): Promise<UsageRow[]> {
  const all: UsageRow[] = [];
  for await (const page of usageRowPages(opts)) all.push(...page);
  return all;
}

/**
 * The range's rows a page at a time, oldest first: each page is a seek past the last row
 * (createdAt, id), so every query is bounded and the server serves others between pages.
 */
export async function* usageRowPages(opts: { teamId: string; userId?: string; range: UsageRange }): AsyncGenerator<UsageRow[]> {
  let after: { at: Date; id: string } | undefined;
  for (;;) {
    const page = await usagePage(opts, after);
    if (page.length > 0) yield page;
    if (page.length < PAGE) return;
    const last = page.at(-1)!;
    after = { at: new Date(last.createdAt), id: last.id };
  }
}

async function usagePage(opts: { teamId: string; userId?: string; range: UsageRange }, after: { at: Date; id: string } | undefined): Promise<UsageRow[]> {
  const bounds = rangeBounds(opts.range);
  const seek = after ? { AND: [{ createdAt: { gte: after.at } }, { OR: [{ createdAt: { gt: after.at } }, { id: { gt: after.id } }] }] } : {};
  const rows = await prisma.generation.findMany({
    where: { teamId: opts.teamId, createdAt: bounds, status: { notIn: ["queued", "running"] }, ...(opts.userId ? { createdById: opts.userId } : {}), ...seek },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: PAGE,
    select: {
      id: true, createdAt: true, status: true, model: true, prompt: true, costUsd: true, sentAt: true, errorCode: true, createdById: true,
      textTokensIn: true, imageTokensIn: true, imageTokensOut: true, textTokensOut: true,
      createdBy: { select: { name: true, email: true } },
      provider: { select: { name: true } },
      project: { select: { name: true } },
    },
  });
  const estimates = new Map<string, bigint>();
  for (let i = 0; i < rows.length; i += 500) {
    const ids = rows.slice(i, i + 500).map((r) => r.id);
    for (const r of await prisma.budgetReservation.findMany({ where: { teamId: opts.teamId, generationId: { in: ids } }, select: { generationId: true, micros: true } })) {
      estimates.set(r.generationId, r.micros);
    }
  }
  return rows.map((r) => {
    const estimate = estimates.get(r.id);
    return {
      id: r.id,
      createdAt: r.createdAt.toISOString(),
      status: r.status,
      personId: r.createdById,
      person: r.createdBy ? r.createdBy.name || r.createdBy.email : DELETED_ACCOUNT,
      model: r.model,
      provider: r.provider?.name ?? ENVIRONMENT,
      project: r.project?.name ?? NO_PROJECT,
      prompt: r.prompt,
      tokensIn: (r.textTokensIn ?? 0) + (r.imageTokensIn ?? 0),
      tokensOut: (r.imageTokensOut ?? 0) + (r.textTokensOut ?? 0),
      billing: billingOf(r),
      costUsd: r.costUsd === null ? null : r.costUsd.toFixed(),
      estimatedUsd: estimate === undefined || estimate === 0n ? null : fromMicros(estimate),
    };
  });
}
