// One generation as JSON (the same view the studio uses), for members of its team, with an
// edit's mask as drawn (`maskState`, null when none was kept) so the editor can restore it.
import { notFound, withTeam } from "@/lib/auth/route";
import { getMaskState } from "@/lib/db/mask-states";
import { getGeneration } from "@/lib/db/queries";

export const GET = withTeam<{ id: string }>("read", async (_request, { member, params }) => {
  const where = { teamId: member.team.id, id: params.id };
  const [view, maskState] = await Promise.all([getGeneration(where), getMaskState(where)]);
  return view ? Response.json({ ...view, maskState }, { headers: { "Cache-Control": "private, no-store" } }) : notFound();
});
