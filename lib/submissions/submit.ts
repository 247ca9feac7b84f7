// Submitting a generation: validate, check the caps (cost ceiling, rate limit), record it under
// the team, hand it to the job runner, return at once.
import "server-only";
import { z } from "zod";
import { createGeneration, findByIdempotencyKey } from "@/lib/db/generations";
import { enqueueGeneration } from "@/lib/jobs/runner";
import { generateParamsSchema } from "@/lib/images/schemas";
import { priceProviderOf, reserveBudget, teamCaps } from "./budget";
import { enforceCaps } from "./limits";
import { chooseProvider, enforceProvider } from "./provider-choice";
import { targetProjects } from "./target-project";

export const submitGenerationSchema = z.object({
  params: generateParamsSchema,
  /** Made once per submission in the browser: a double click or a retried action reuses it. */
  idempotencyKey: z.uuid(),
  /** The project the studio is in; a refinement goes into its parent's project instead. */
  projectId: z.string().min(1).max(64).optional(),
  /** The team's provider the panel chose; absent: the team's default (else the environment's). */
  providerId: z.string().min(1).max(64).optional(),
});

export async function submitGeneration(
  who: { teamId: string; userId: string },
  input: z.output<typeof submitGenerationSchema>,
  /** A refinement of an earlier image: the version tree's parent. */
  lineage: { parentImageId?: string } = {},
): Promise<{ id: string }> {
  const { params, idempotencyKey, projectId: requested } = input;
  // A resubmitted form is the same request: it finds its generation and counts nothing again.
  const earlier = await findByIdempotencyKey({ teamId: who.teamId, idempotencyKey });
  if (earlier) return earlier;
  // Before the caps: a project that is not the team's changes nothing, not even the rate count.
  const [projectId] = await targetProjects(who, { requested, parents: [lineage.parentImageId] });
  // So is a provider that is not the team's, or parameters the provider does not take.
  const provider = await chooseProvider(who.teamId, input.providerId);
  enforceProvider(provider, [{ params }]);
  const planned = [{ params, priceProvider: priceProviderOf(provider) }];
  await enforceCaps(who, planned, await teamCaps(who.teamId));
  // Held on the budgets before the row exists: a refusal stores nothing (lib/submissions/budget.ts).
  const hold = await reserveBudget(who, planned);
  let created = false;
  let id: string;
  try {
    ({ id, created } = await createGeneration({
      teamId: who.teamId,
      createdById: who.userId,
      request: { kind: "generate", params },
      idempotencyKey,
      parentImageId: lineage.parentImageId,
      projectId: projectId!,
      providerId: provider.id,
    }));
    if (created) await hold.attach([id]);
  } finally {
    if (!created) await hold.release();
  }
  if (created) await enqueueGeneration({ id, owner: who.userId, teamId: who.teamId });
  return { id };
}
