// Readiness for a proxy or orchestrator: 200 when this instance should get requests, else 503
// with which check failed in a word (lib/readiness.ts; no secrets). A stopping instance answers
// 503 while it finishes its jobs, so new requests go to its peers (docs/deployment.md).
import { readiness } from "@/lib/readiness";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const answer = await readiness();
  return Response.json(answer, { status: answer.ready ? 200 : 503, headers: { "cache-control": "no-store" } });
}
