// One generation as JSON (the same view the studio uses), for members of its team.
import { notFound, withTeam } from "@/lib/auth/route";
import { getGeneration } from "@/lib/db/queries";

export const GET = withTeam<{ id: string }>("read", async (_request, { member, params }) => {
  const view = await getGeneration({ teamId: member.team.id, id: params.id });
  return view ? Response.json(view, { headers: { "Cache-Control": "private, no-store" } }) : notFound();
});
