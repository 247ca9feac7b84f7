// Server-sent events for one generation: a snapshot at once, then queue position, partial
// images and the final state. The stream ends when the generation does.
import { notFound, withTeam } from "@/lib/auth/route";
import { getGeneration } from "@/lib/db/queries";
import { subscribe, type JobEvent } from "@/lib/jobs/events";

export const dynamic = "force-dynamic";

const FINAL = new Set(["succeeded", "failed", "canceled", "interrupted"]);

export const GET = withTeam<{ id: string }>("read", async (request, { member, params: { id } }) => {
  const scope = { teamId: member.team.id, id };
  if (!(await getGeneration(scope))) return notFound();

  const encoder = new TextEncoder();
  let unsubscribe = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let closed = false;
      const send = (event: string, data: unknown) => {
        if (!closed) controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
      };
      const close = () => {
        if (closed) return;
        closed = true;
        unsubscribe();
        controller.close();
      };
      // Subscribe before re-reading, so an event between the read and the subscription is not lost.
      unsubscribe = subscribe(id, (event: JobEvent) => {
        if (event.type === "partial") send("partial", event);
        else if (event.type === "status") send("status", event);
        else void getGeneration(scope).then((view) => (send("generation", view), close()));
      });
      request.signal.addEventListener("abort", close);
      const now = await getGeneration(scope);
      send("generation", now);
      if (!now || FINAL.has(now.status)) close();
    },
    cancel() {
      unsubscribe();
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
