"use client";

// The studio's list of generations, kept live over one server-sent event stream per tab
// (/api/events). The stream is open while anything in the list is unfinished, and reopens
// when a new unfinished generation joins, so its `follow` list always covers what the tab waits for.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { z } from "zod";
import { MAX_FOLLOWED } from "@/lib/events/follow";
import { teamPartialEventSchema, teamStatusEventSchema } from "@/lib/generations/events";
import { isFinished } from "@/lib/generations/status";
import { generationViewSchema, type GenerationView } from "@/lib/views/generation";

const RETRY_REFUSED_MS = 30_000;

export interface LiveState {
  queuePosition?: number;
  /** Latest partial rendition per image index, as a data URL. */
  partials: Record<number, string>;
}

/** `scope` names what `initial` lists (the studio's project): when it changes, the list starts over from it. */
export function useLiveGenerations(initial: GenerationView[], scope?: string) {
  const [generations, setGenerations] = useState(initial);
  const [listed, setListed] = useState(scope);
  if (listed !== scope) {
    setListed(scope);
    setGenerations(initial);
  }
  const [live, setLive] = useState<Record<string, LiveState>>({});
  const router = useRouter();

  const upsert = useCallback((view: GenerationView) => {
    setGenerations((list) => {
      const at = list.findIndex((g) => g.id === view.id);
      if (at === -1) return [view, ...list];
      const next = list.slice();
      next[at] = view;
      return next;
    });
  }, []);

  // The oldest unfinished first (the list is newest first): they run first, and a stream
  // follows at most MAX_FOLLOWED; the rest join when those finish.
  const unfinished = useMemo(
    () => generations.filter((g) => !isFinished(g.status)).map((g) => g.id).reverse().slice(0, MAX_FOLLOWED),
    [generations],
  );
  const [followed, setFollowed] = useState<string[]>([]);
  // Reopen only when an id appears that the open stream was not told about.
  const missing = unfinished.some((id) => !followed.includes(id));
  if (missing) setFollowed(unfinished);
  const anyUnfinished = unfinished.length > 0;
  // Bumped to try again after the server refused the stream (too many tabs open: 429).
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!anyUnfinished || followed.length === 0) return;
    const source = new EventSource(`/api/events?follow=${followed.join(",")}`);
    let retry: ReturnType<typeof setTimeout> | undefined;
    // EventSource retries a dropped connection by itself, but not a refused one.
    source.addEventListener("error", () => {
      if (source.readyState === EventSource.CLOSED) retry ??= setTimeout(() => setAttempt((n) => n + 1), RETRY_REFUSED_MS);
    });
    const patchLive = (id: string, patch: (s: LiveState) => LiveState) =>
      setLive((all) => ({ ...all, [id]: patch(all[id] ?? { partials: {} }) }));

    // Every message is checked against the server's own schema; one that does not fit is skipped.
    const on = <S extends z.ZodType>(name: string, schema: S, handle: (data: z.infer<S>) => void) =>
      source.addEventListener(name, (e) => {
        const parsed = schema.safeParse(parseJson((e as MessageEvent<string>).data));
        if (parsed.success) handle(parsed.data);
        else console.warn(`[events] skipped a "${name}" message that does not fit its schema`, parsed.error.issues);
      });

    on("generation", generationViewSchema, (view) => {
      upsert(view);
      // Server-rendered figures (the month's spend in the top bar) now include this one.
      if (isFinished(view.status)) router.refresh();
    });
    on("status", teamStatusEventSchema, (data) => {
      patchLive(data.generationId, (s) => ({ ...s, queuePosition: data.status === "queued" ? data.position : undefined }));
      if (data.status === "running") {
        setGenerations((list) => list.map((g) => (g.id === data.generationId && g.status === "queued" ? { ...g, status: "running" } : g)));
      }
    });
    on("partial", teamPartialEventSchema, (data) => {
      patchLive(data.generationId, (s) => ({ ...s, partials: { ...s.partials, [data.imageIndex]: data.dataUrl } }));
    });
    // EventSource reconnects by itself after a network blip; `follow` makes the server resend state.
    return () => {
      clearTimeout(retry);
      source.close();
    };
  }, [followed, anyUnfinished, upsert, router, attempt]);

  return { generations, live, add: upsert };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
