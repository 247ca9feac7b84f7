// GET /api/gallery?<filters>&cursor=: one page of the team's gallery (the grid's infinite
// scroll), under the same filters as the page's address (lib/views/gallery.ts).
import { z } from "zod";
import { withTeam } from "@/lib/auth/route";
import { galleryPage } from "@/lib/db/gallery";
import { AppError } from "@/lib/errors";
import { filtersFromQuery } from "@/lib/views/gallery";

const cursorSchema = z.string().max(400, "This page of the gallery is out of date: open the gallery again.").optional();

export const GET = withTeam("read", async (request, { member }) => {
  const query = new URL(request.url).searchParams;
  const filters = filtersFromQuery(query);
  const cursor = cursorSchema.safeParse(query.get("cursor") || undefined);
  if (!filters.success) throw new AppError("INVALID_INPUT", filters.error.issues[0]!.message);
  if (!cursor.success) throw new AppError("INVALID_INPUT", cursor.error.issues[0]!.message);
  const page = await galleryPage({ teamId: member.team.id, userId: member.user.id, filters: filters.data, cursor: cursor.data });
  return Response.json(page, { headers: { "Cache-Control": "private, no-store" } });
});
