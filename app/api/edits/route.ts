// POST /api/edits: an edit with its uploaded images and mask (the FormData `toEditFormData`
// builds). A route rather than a server action so that the door (session, team, role) is
// passed before a byte of the body is read, and the body is counted while it streams.
import { foreignOriginSentence, isForeignOrigin } from "@/lib/actions/same-origin";
import { withTeam } from "@/lib/auth/route";
import { editFormSchema } from "@/lib/edits/edit-form";
import { queueEdit } from "@/lib/submissions/queue-edit";
import { bodyLimits, readEditForm } from "@/lib/edits/read-edit-form";
import { env } from "@/lib/env";

export const POST = withTeam("generate", async (request, { member }) => {
  // The same origin rule as server actions: a page of another site cannot post an edit.
  if (isForeignOrigin(request.headers)) return Response.json({ error: foreignOriginSentence(request.headers) }, { status: 403 });
  const form = await readEditForm(request, bodyLimits(env().FRESCO_MAX_UPLOAD_MB));
  const parsed = await editFormSchema.safeParseAsync(form);
  if (!parsed.success) return Response.json({ error: parsed.error.issues[0]?.message ?? "The edit is not complete." }, { status: 400 });
  return Response.json(await queueEdit({ teamId: member.team.id, userId: member.user.id }, parsed.data));
});
