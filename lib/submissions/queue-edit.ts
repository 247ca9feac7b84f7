// An edit submission answered the way the browser shows it: the queued generations' views.
// The upload route and the action both answer with this.
import "server-only";
import { getGeneration, type GenerationView } from "@/lib/db/queries";
import type { EditSubmission } from "@/lib/edits/edit-form";
import { submitEdit } from "./submit-edit";

export interface QueuedEdit {
  batchId: string;
  generations: GenerationView[];
}

export async function queueEdit(who: { teamId: string; userId: string }, input: EditSubmission): Promise<QueuedEdit> {
  const { batchId, ids } = await submitEdit(who, input);
  const views = await Promise.all(ids.map((id) => getGeneration({ teamId: who.teamId, id })));
  return { batchId, generations: views.filter((g): g is GenerationView => g !== null) };
}
