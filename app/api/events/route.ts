// Server-sent events for the generations a browser tab waits for (`?follow=id,id`, within the
// member's team): their current state first, so a tab that reconnects catches up, then queue
// positions, partial images and each finished generation. One stream per tab; the tab opens a
// new one when it starts waiting for another generation.
import { withTeam } from "@/lib/auth/route";
import { getGeneration } from "@/lib/db/queries";
import { subscribeTeam, type TeamEvent } from "@/lib/jobs/events";
import { queuedInTeam } from "@/lib/jobs/runner";

export const dynamic = "force-dynamic";

const KEEPALIVE_MS = 25_000;

export const GET = withTeam<Record<string, string>>("read", async (request, { member }) => {
  const teamId = member.team.id;
  const follow = (new URL(request.url).searchParams.get("follow") ?? "").split(",").filter(Boolean).slice(0, 100);
  const followed = new Set(follow);
  const encoder = new TextEncoder();
  let cleanup = () => {};

  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let closed = false;
      const write = (chunk: string) => !closed && controller.enqueue(encoder.encode(chunk));
      const send = (event: string, data: unknown) => write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      // Subscribe before reading, so nothing that happens in between is lost.
      const unsubscribe = subscribeTeam(teamId, (event: TeamEvent) => {
        if (!followed.has(event.generationId)) return;
        if (event.type !== "finished") return send(event.type, event);
        void getGeneration({ teamId, id: event.generationId }).then((view) => view && send("generation", view));
      });
      const keepalive = setInterval(() => write(": keepalive\n\n"), KEEPALIVE_MS);
      cleanup = () => {
        if (closed) return;
        closed = true;
        clearInterval(keepalive);
        unsubscribe();
        controller.close();
      };
      request.signal.addEventListener("abort", cleanup);

      for (const id of follow) {
        const view = await getGeneration({ teamId, id });
        if (view) send("generation", view);
      }
      for (const queued of queuedInTeam(teamId)) {
        if (followed.has(queued.generationId)) send("status", { ...queued, type: "status", status: "queued" });
      }
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
});
