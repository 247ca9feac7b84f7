// GET /api/projects?q=: the team's projects whose name holds q, for the project pickers'
// type-ahead (a page sends only its few recent projects). A GET, not an action, so the
// picker can drop a stale answer as the person types and never queues behind the page's actions.
import { withTeam } from "@/lib/auth/route";
import { searchProjects } from "@/lib/db/project-picker";
import { AppError } from "@/lib/errors";
import { projectSearchSchema, type ProjectMatches } from "@/lib/views/project";

export const GET = withTeam("read", async (request, { member }) => {
  const parsed = projectSearchSchema.safeParse({ q: new URL(request.url).searchParams.get("q") ?? undefined });
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0]!.message);
  const body: ProjectMatches = { projects: await searchProjects({ teamId: member.team.id, query: parsed.data.q }) };
  return Response.json(body, { headers: { "Cache-Control": "private, no-store" } });
});
