// GET /api/usage/csv?from=&to=: one line per generation in the range (the usage page's rows):
// owners and admins get the team's, everyone else their own. Streamed as it is written.
import { withTeam } from "@/lib/auth/route";
import { usageRowPages } from "@/lib/db/usage";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { csvLine } from "@/lib/views/csv";
import { USAGE_CSV_HEADER, usageCsvLine } from "@/lib/views/usage-csv";
import { rangeFromQuery } from "@/lib/views/usage";

export const GET = withTeam("read", async (request, { member }) => {
  const parsed = rangeFromQuery(new URL(request.url).searchParams);
  if (!parsed.ok) throw new AppError("INVALID_INPUT", parsed.error);
  // A page of rows per pull (lib/db/usage.ts): each read is bounded, and a large range is read
  // as the client downloads it rather than all at once.
  const pages = usageRowPages({
    teamId: member.team.id,
    userId: can(member.role, "manage-budgets") ? undefined : member.user.id,
    range: parsed.range,
  });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start: (c) => c.enqueue(encoder.encode(csvLine(USAGE_CSV_HEADER))),
    pull: async (c) => {
      const next = await pages.next();
      if (next.done) return c.close();
      c.enqueue(encoder.encode(next.value.map(usageCsvLine).join("")));
    },
    cancel: async () => void (await pages.return(undefined)),
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="fresco-usage-${parsed.range.from}-to-${parsed.range.to}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
});
