// Prisma 6 compiles every query to a plan in WebAssembly on the server's one thread, every time it
// runs (Prisma 7 caches plans; 6.19, the version that installs here, does not). A page asks the
// same reads of the same rows load after load (the team's budget, the person's working state, the
// studio's project), and that compiling was the largest share of a page's CPU (issue 15,
// bench/speed.ts). This keeps the plans of reads, keyed by the exact request (its values
// included, so a plan is only ever reused for the very same query), in a bounded LRU.
// Writes are never kept: their plans may carry values made at compile time (new ids, now()).
import "server-only";

interface Compiler {
  compile(request: string): unknown;
}

const READS = new Set(["findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findMany", "count", "aggregate", "groupBy"]);
const MAX_PLANS = 1000;
/** A request longer than this (a long `in` list, a big filter) is compiled each time: the cache stays small. */
const MAX_REQUEST_CHARS = 4096;

const patched = new WeakSet<object>();

/** Keeps read plans on `compiler`'s class (one per database dialect), once per process. */
export function cacheReadPlans(compilerClass: { prototype: Compiler }): void {
  const proto = compilerClass.prototype;
  if (patched.has(proto)) return;
  patched.add(proto);
  const compile = proto.compile;
  const plans = new Map<string, unknown>();
  proto.compile = function (this: Compiler, request: string) {
    const kept = plans.get(request);
    if (kept !== undefined) {
      // Most recently used last: the Map's first key is the one to drop.
      plans.delete(request);
      plans.set(request, kept);
      // A copy: the executor is handed an object it may annotate.
      return structuredClone(kept);
    }
    const plan = compile.call(this, request);
    if (request.length <= MAX_REQUEST_CHARS && isRead(request)) {
      plans.set(request, structuredClone(plan));
      if (plans.size > MAX_PLANS) plans.delete(plans.keys().next().value!);
    }
    return plan;
  };
}

function isRead(request: string): boolean {
  try {
    return READS.has((JSON.parse(request) as { action?: string }).action ?? "");
  } catch {
    return false;
  }
}
