// Liveness for a proxy or orchestrator: the process answers. It touches nothing else (a slow
// database must not get a live process restarted); readiness is /api/ready (docs/deployment.md).
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ status: "alive" }, { headers: { "cache-control": "no-store" } });
}
