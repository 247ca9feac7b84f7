"use client";

// Saves one part of the studio's working state (lib/views/working-state.ts) as the person
// works, without costing a frame: 800 ms after the last change, never while a pointer is down
// (a stroke in progress), built and serialized when the browser is idle, and skipped when the
// body is what was last sent. A tab being hidden or closed sends what is still pending.
import { useEffect, useRef } from "react";
import { toast } from "sonner";
import { WORKING_STATE_VERSION } from "@/lib/views/working-state";

const QUIET_MS = 800;
// Browsers refuse a keepalive request whose body is over 64 KB.
const KEEPALIVE_BYTES = 60_000;

type Part = "generate" | "edit";
// What was last sent, per part: a page mounted afresh (router.refresh) does not send it again.
const lastSent = new Map<Part, string>();

/** `deps` are what the part is made of; `build` makes the part from them (called when idle). */
export function useWorkingStateSaver(part: Part, deps: unknown[], build: () => unknown, enabled: boolean) {
  const buildRef = useRef(build);
  const saver = useRef<Saver | null>(null);
  useEffect(() => {
    buildRef.current = build;
  });

  useEffect(() => {
    if (!enabled) return;
    const s = new Saver(part, () => buildRef.current());
    saver.current = s;
    return () => {
      s.flush();
      s.stop();
      saver.current = null;
    };
  }, [part, enabled]);

  useEffect(() => {
    saver.current?.changed();
    // The caller names what the part is made of; `build` reads the same values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
}

class Saver {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private idle: number | undefined;
  private dirty = false;
  private pointerDown = false;
  private warned = false;
  private readonly off: () => void;

  constructor(
    private readonly part: Part,
    private readonly build: () => unknown,
  ) {
    const down = () => void (this.pointerDown = true);
    const up = () => {
      this.pointerDown = false;
      if (this.dirty && this.timer === undefined) this.schedule();
    };
    const hide = () => {
      if (document.visibilityState === "hidden") this.flush();
    };
    const pagehide = () => this.flush();
    window.addEventListener("pointerdown", down, true);
    window.addEventListener("pointerup", up, true);
    window.addEventListener("pointercancel", up, true);
    document.addEventListener("visibilitychange", hide);
    window.addEventListener("pagehide", pagehide);
    this.off = () => {
      window.removeEventListener("pointerdown", down, true);
      window.removeEventListener("pointerup", up, true);
      window.removeEventListener("pointercancel", up, true);
      document.removeEventListener("visibilitychange", hide);
      window.removeEventListener("pagehide", pagehide);
    };
  }

  changed() {
    this.dirty = true;
    this.schedule();
  }

  private schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // A stroke is being drawn: wait for the pointer to come up (see `up`).
      if (this.pointerDown || this.idle !== undefined) return;
      const run = () => {
        this.idle = undefined;
        if (this.pointerDown) return; // pressed while waiting: `up` schedules again
        this.send(false);
      };
      this.idle = typeof requestIdleCallback === "function" ? requestIdleCallback(run, { timeout: 2000 }) : (setTimeout(run, 0) as unknown as number);
    }, QUIET_MS);
  }

  /** Sends what is pending now (the tab is going): no waiting for a quiet moment. */
  flush() {
    if (this.dirty) this.send(true);
  }

  stop() {
    clearTimeout(this.timer);
    if (this.idle !== undefined && typeof cancelIdleCallback === "function") cancelIdleCallback(this.idle);
    this.off();
  }

  private send(leaving: boolean) {
    this.dirty = false;
    let body: string;
    const started = performance.now();
    try {
      body = JSON.stringify({ version: WORKING_STATE_VERSION, [this.part]: this.build() });
    } catch {
      return; // a mask that cannot be written out (see mask-snapshot.ts) is not saved
    }
    // Read by bench/paint-frames.ts: what building a save costs the page.
    performance.measure("fresco:working-state-build", { start: started });
    if (body === lastSent.get(this.part)) return;
    lastSent.set(this.part, body);
    const keepalive = leaving && body.length <= KEEPALIVE_BYTES;
    fetch("/api/working-state", { method: "POST", headers: { "content-type": "application/json" }, body, keepalive })
      .then(async (res) => {
        if (res.ok || res.status === 401 || res.status === 403) return;
        // A refused body (too large, not valid) is not sent again as it is; a failing server is.
        if (res.status >= 500) lastSent.delete(this.part);
        const { error } = (await res.json().catch(() => ({}))) as { error?: string };
        if (!this.warned && error) toast.warning(`Your unsent work is not kept for a reload: ${error}`);
        this.warned = true;
      })
      .catch(() => {
        lastSent.delete(this.part); // offline for a moment: the next change tries again
      });
  }
}
