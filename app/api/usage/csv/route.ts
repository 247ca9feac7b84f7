// GET /api/usage/csv?from=&to=: one line per generation in the range (the usage page's rows):
// owners and admins get the team's, everyone else their own. Streamed as it is written.
import { withTeam } from "@/lib/auth/route";
import { usageRows } from "@/lib/db/usage";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { csvLine } from "@/lib/views/csv";
import { USAGE_CSV_HEADER, usageCsvLine } from "@/lib/views/usage-csv";
import { rangeFromQuery } from "@/lib/views/usage";

export const GET = withTeam("read", async (request, { member }) => {
  const parsed = rangeFromQuery(new URL(request.url).searchParams);
  if (!parsed.ok) throw new AppError("INVALID_INPUT", parsed.error);
  const rows = await usageRows({
    teamId: member.team.id,
    userId: can(member.role, "manage-budgets") ? undefined : member.user.id,
    range: parsed.range,
  });
  const encoder = new TextEncoder();
  let i = 0;
  const body = new ReadableStream<Uint8Array>({
    start: (c) => c.enqueue(encoder.encode(csvLine(USAGE_CSV_HEADER))),
    // One chunk of lines per pull: a large range is written as the client reads it.
    pull: (c) => {
      const chunk = rows.slice(i, i + 200);
      i += chunk.length;
      if (chunk.length === 0) return c.close();
      c.enqueue(encoder.encode(chunk.map(usageCsvLine).join("")));
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="fresco-usage-${parsed.range.from}-to-${parsed.range.to}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
});
