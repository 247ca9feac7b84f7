// Server-sent events for the generations a browser tab waits for (`?follow=id,id`, within the
// member's team; `&mine=1`: and the person's own work queued while it is open); the stream
// itself is lib/events/team-stream.ts. One stream per tab, open before the person clicks. A person holds a few at most
// (lib/ports/stream-slots.ts); beyond that the answer is 429.
import { withTeam } from "@/lib/auth/route";
import { env } from "@/lib/env";
import { parseFollow } from "@/lib/events/follow";
import { openTeamStream } from "@/lib/events/team-stream";
import { services } from "@/lib/services";

export const dynamic = "force-dynamic";

export const GET = withTeam<Record<string, string>>("read", async (request, { member }) => {
  const query = new URL(request.url).searchParams;
  const follow = parseFollow(query.get("follow"));
  if ("error" in follow) return Response.json({ error: follow.error }, { status: 400 });
  const release = services().streamSlots.take(member.user.id);
  if (!release) {
    const limit = env().FRESCO_STREAMS_PER_USER;
    return Response.json(
      { error: `You already have ${limit} live views of Fresco open. Close a tab or window of Fresco, then reload this one.` },
      { status: 429, headers: { "Retry-After": "30" } },
    );
  }
  const stream = openTeamStream({ member, follow: follow.ids, mine: query.get("mine") === "1", signal: request.signal, onClose: release });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
});
