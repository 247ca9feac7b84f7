// A graceful stop on SIGTERM or SIGINT (docs/deployment.md): the instance stops taking jobs and
// says it is not ready (/api/ready answers 503, so a proxy sends new requests elsewhere), lets
// its running generations finish within FRESCO_SHUTDOWN_GRACE_SECONDS, then hands back the
// rest honestly (sent: interrupted, cost unknown; never sent: queued again for a peer) and exits.
// scripts/start.mjs forwards the signal and asks Next.js to leave it to us (NEXT_MANUAL_SIG_HANDLE).
import "server-only";
import { env } from "@/lib/env";
import { handBackRunning, stopInstance } from "@/lib/jobs/instances";
import { services } from "@/lib/services";

const holder = globalThis as unknown as { frescoStopping?: boolean; frescoStarted?: boolean };

/** True once a stop began: the instance finishes its work but takes no more. */
export function stopping(): boolean {
  return holder.frescoStopping === true;
}

/** True once start-up is done (work settled, the runner attached): before it, not ready for requests. */
export function started(): boolean {
  return holder.frescoStarted === true;
}

export function markStarted(): void {
  holder.frescoStarted = true;
}

/** Installs the handlers once per process; `stopRunner` is what the runner's start returned. */
export function handleStopSignals(stopRunner: () => void): void {
  if (!process.env.NEXT_MANUAL_SIG_HANDLE) return; // Next.js handles the signals itself (and exits at once)
  // `on`, not `once`: a second signal (Ctrl+C reaches both scripts/start.mjs and this process,
  // which forwards it again) must not fall through to Node's default and kill the process.
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => void stop(signal, stopRunner));
}

async function stop(signal: string, stopRunner: () => void): Promise<void> {
  if (stopping()) return;
  holder.frescoStopping = true;
  const { jobs, clock } = services();
  const graceMs = env().FRESCO_SHUTDOWN_GRACE_SECONDS * 1000;
  console.log(`[fresco] ${signal}: no new jobs; ${jobs.runningHere().length} running get up to ${graceMs / 1000} s to finish`);
  stopRunner();
  let code = 0;
  try {
    const grace = new AbortController();
    const finished = await Promise.race([jobs.idle().then(() => true), clock.sleep(graceMs, grace.signal).then(() => false)]);
    grace.abort();
    if (!finished) {
      const left = await handBackRunning();
      console.log(`[fresco] handed back: ${left.interrupted} interrupted at the provider (cost unknown), ${left.requeued} queued again`);
    }
    await stopInstance();
  } catch (err) {
    console.error("[fresco] the graceful stop failed; peers settle this instance's work once its heartbeat is stale:", err);
    code = 1;
  }
  process.exit(code);
}
