// A team's price tables: its own dated rows beside the shared list prices. Rows are only
// added, never changed: a generation keeps the row it was priced with (Generation.priceTableId).
import "server-only";
import type { PriceRates } from "@/lib/images/prices";
import { prisma } from "./client";
import type { PriceTableRow } from "@/lib/views/price-rows";
import { toPriceRow } from "./prices";

/** Every row the team's costs can use, newest date first. */
export async function listPriceRows(opts: { teamId: string }): Promise<PriceTableRow[]> {
  const rows = await prisma.priceTable.findMany({
    where: { OR: [{ teamId: opts.teamId }, { teamId: null }] },
    orderBy: [{ provider: "asc" }, { model: "asc" }, { takenAt: "desc" }, { createdAt: "desc" }],
    include: { _count: { select: { generations: { where: { teamId: opts.teamId } } } } },
  });
  return rows.map((r) => ({ ...toPriceRow(r), provider: r.provider, model: r.model, teamId: r.teamId, used: r._count.generations }));
}

export async function addPriceRows(opts: {
  teamId: string;
  createdById: string;
  takenAt: Date;
  rows: readonly { provider: string; model: string; rates: PriceRates }[];
}): Promise<number> {
  const { count } = await prisma.priceTable.createMany({
    data: opts.rows.map((r) => ({ provider: r.provider, model: r.model, ...r.rates, takenAt: opts.takenAt, teamId: opts.teamId, createdById: opts.createdById })),
  });
  return count;
}
