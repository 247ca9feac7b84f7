// A team's providers. Every function takes the team id: another team's provider id answers
// exactly as a missing one. Keys go in sealed (lib/auth/provider-keys.ts) and come out only
// as their last four characters, except through providerForRun, which the runner alone calls.
import "server-only";
import { AppError } from "@/lib/errors";
import type { PresetId } from "@/lib/provider/presets";
import type { ProviderRow } from "@/lib/views/providers";
import { prisma } from "./client";

export type { ProviderRow };

export const PROVIDER_NOT_FOUND = "That provider was not found in this team. Choose another one.";

const publicSelect = { id: true, name: true, preset: true, baseURL: true, keyLast4: true, models: true, isDefault: true } as const;

type Raw = { id: string; name: string; preset: string; baseURL: string; keyLast4: string; models: unknown; isDefault: boolean };
const toRow = (r: Raw): ProviderRow => ({
  ...r,
  preset: r.preset as PresetId,
  models: Array.isArray(r.models) ? r.models.filter((m): m is string => typeof m === "string") : [],
});

export async function listProviders(opts: { teamId: string }): Promise<ProviderRow[]> {
  const rows = await prisma.provider.findMany({ where: { teamId: opts.teamId }, select: publicSelect, orderBy: [{ name: "asc" }, { id: "asc" }] });
  return rows.map(toRow);
}

export async function getProvider(opts: { teamId: string; providerId: string }): Promise<ProviderRow> {
  const row = await prisma.provider.findFirst({ where: { id: opts.providerId, teamId: opts.teamId }, select: publicSelect });
  if (!row) throw new AppError("NOT_FOUND", PROVIDER_NOT_FOUND);
  return toRow(row);
}

/** The team's default provider, or null: the environment's default applies. */
export async function defaultProvider(opts: { teamId: string }): Promise<ProviderRow | null> {
  const row = await prisma.provider.findFirst({ where: { teamId: opts.teamId, isDefault: true }, select: publicSelect });
  return row ? toRow(row) : null;
}

/** The sealed key with the address, for the runner and "Test connection" only. */
export async function providerForRun(opts: { teamId: string; providerId: string }) {
  const row = await prisma.provider.findFirst({
    where: { id: opts.providerId, teamId: opts.teamId },
    select: { ...publicSelect, keyCiphertext: true },
  });
  if (!row) throw new AppError("NOT_FOUND", PROVIDER_NOT_FOUND);
  return { ...toRow(row), keyCiphertext: row.keyCiphertext };
}

export interface ProviderInput {
  name: string;
  preset: PresetId;
  baseURL: string;
  models: string[];
}

function nameTaken(err: unknown): boolean {
  return (err as { code?: string }).code === "P2002";
}
const NAME_TAKEN = "This team already has a provider by that name. Choose another name.";

/** Adds a provider; the team's first becomes its default. */
export async function createProvider(opts: { teamId: string } & ProviderInput & { keyCiphertext: string; keyLast4: string }): Promise<ProviderRow> {
  const { teamId, ...data } = opts;
  try {
    return await prisma.$transaction(async (tx) => {
      const first = (await tx.provider.count({ where: { teamId } })) === 0;
      return toRow(await tx.provider.create({ data: { teamId, ...data, isDefault: first }, select: publicSelect }));
    });
  } catch (err) {
    if (nameTaken(err)) throw new AppError("CONFLICT", NAME_TAKEN);
    throw err;
  }
}

/** Changes a provider; the key only when a new one is given (its sealed form and last four). */
export async function updateProvider(
  opts: { teamId: string; providerId: string } & Partial<ProviderInput> & { key?: { keyCiphertext: string; keyLast4: string } },
): Promise<ProviderRow> {
  const { teamId, providerId, key, ...data } = opts;
  await getProvider({ teamId, providerId });
  try {
    return toRow(await prisma.provider.update({ where: { id: providerId }, data: { ...data, ...key }, select: publicSelect }));
  } catch (err) {
    if (nameTaken(err)) throw new AppError("CONFLICT", NAME_TAKEN);
    throw err;
  }
}

/** Makes this the team's default (at most one: the others are cleared in the same transaction). */
export async function setDefaultProvider(opts: { teamId: string; providerId: string }): Promise<void> {
  await getProvider(opts);
  await prisma.$transaction([
    prisma.provider.updateMany({ where: { teamId: opts.teamId, isDefault: true }, data: { isDefault: false } }),
    prisma.provider.update({ where: { id: opts.providerId }, data: { isDefault: true } }),
  ]);
}

/**
 * Removes a provider. Refused while work is queued or running on it (the runner would lose its
 * key); finished generations keep their history, so their provider reference is cleared first.
 */
export async function removeProvider(opts: { teamId: string; providerId: string }): Promise<void> {
  const row = await getProvider(opts);
  const pending = await prisma.generation.count({
    where: { teamId: opts.teamId, providerId: row.id, status: { in: ["queued", "running"] } },
  });
  if (pending > 0) {
    throw new AppError("CONFLICT", `${row.name} still has ${pending} generation${pending === 1 ? "" : "s"} queued or running. Remove it once they finish.`);
  }
  await prisma.$transaction([
    prisma.generation.updateMany({ where: { teamId: opts.teamId, providerId: row.id }, data: { providerId: null } }),
    prisma.provider.delete({ where: { id: row.id } }),
  ]);
}
