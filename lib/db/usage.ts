// A team's generations in a date range as the usage page and its CSV read them: who, which
// model, provider and project, tokens, the actual cost (or unknown), and the estimate the
// budget held for it. Team-scoped; with userId, that person's only.
import "server-only";
import { fromMicros } from "@/lib/images/micros";
import type { Billing, UsageRange, UsageRow } from "@/lib/views/usage";
import { rangeBounds } from "@/lib/views/usage";
import { prisma } from "./client";

const ENVIRONMENT = "Environment default";

function billingOf(r: { status: string; costUsd: unknown; sentAt: Date | null; errorCode: string | null }): Billing {
  if (r.costUsd !== null) return "actual";
  if (r.status === "succeeded") return "unknown";
  if ((r.status === "canceled" || r.status === "interrupted") && r.sentAt) return "unknown";
  // Images lost in storage were made, so billed.
  if (r.status === "failed" && r.errorCode === "storage") return "unknown";
  return "none";
}

export async function usageRows(opts: { teamId: string; userId?: string; range: UsageRange }): Promise<UsageRow[]> {
  const rows = await prisma.generation.findMany({
    where: { teamId: opts.teamId, createdAt: rangeBounds(opts.range), status: { notIn: ["queued", "running"] }, ...(opts.userId ? { createdById: opts.userId } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
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
      person: r.createdBy ? r.createdBy.name || r.createdBy.email : "Deleted account",
      model: r.model,
      provider: r.provider?.name ?? ENVIRONMENT,
      project: r.project?.name ?? "No project",
      prompt: r.prompt,
      tokensIn: (r.textTokensIn ?? 0) + (r.imageTokensIn ?? 0),
      tokensOut: (r.imageTokensOut ?? 0) + (r.textTokensOut ?? 0),
      billing: billingOf(r),
      costUsd: r.costUsd === null ? null : r.costUsd.toFixed(),
      estimatedUsd: estimate === undefined || estimate === 0n ? null : fromMicros(estimate),
    };
  });
}
