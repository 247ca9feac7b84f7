// Which provider a submission goes to, and whether it fits that provider's limits: the one the
// panel chose (the team's own, else NOT_FOUND), else the team's default, else the environment's.
// The panel reads the same choices (panel-data.ts), so what it offers is what is accepted here.
import "server-only";
import { defaultProvider, getProvider, listProviders } from "@/lib/db/providers";
import { AppError } from "@/lib/errors";
import { choiceOf, ENV_DEFAULT_CHOICE, providerProblems, type ProviderChoice, type ProviderParams } from "@/lib/provider/limits";

export async function chooseProvider(teamId: string, requested?: string): Promise<ProviderChoice> {
  if (requested) return choiceOf(await getProvider({ teamId, providerId: requested }));
  const row = await defaultProvider({ teamId });
  return row ? choiceOf(row) : ENV_DEFAULT_CHOICE;
}

/** Refuses, with the provider's own sentence, parameters it does not take. */
export function enforceProvider(choice: ProviderChoice, items: readonly { params: ProviderParams }[]): void {
  for (const { params } of items) {
    const problem = providerProblems(params, choice)[0];
    if (problem) throw new AppError("INVALID_INPUT", problem.message);
  }
}

/** The panel's choices: the team's providers (the default first), or the environment's default. */
export async function providerChoices(teamId: string): Promise<{ current: ProviderChoice; all: ProviderChoice[] }> {
  const rows = await listProviders({ teamId });
  const all = rows.map(choiceOf);
  const current = all[rows.findIndex((r) => r.isDefault)] ?? ENV_DEFAULT_CHOICE;
  return { current, all };
}
