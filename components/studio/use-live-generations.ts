"use client";

// The studio's list of generations, kept live over one server-sent event stream per tab
// (/api/events). The stream is open from the moment the page is, before the person clicks, and
// follows the person's own new work without reconnecting (`mine=1`), so a result's events are
// on their way while the action that queued it is still answering. A finished generation
// arrives as its full view, and the month's spend with it: nothing reloads the page.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { z } from "zod";
import { pushSpend } from "@/components/layout/live-spend";
import { MAX_FOLLOWED } from "@/lib/events/follow";
import { teamPartialEventSchema, teamStatusEventSchema } from "@/lib/generations/events";
import { isFinished } from "@/lib/generations/status";
import { generationViewSchema, type GenerationView } from "@/lib/views/generation";
import { spendLabelSchema } from "@/lib/views/month-spend";

const RETRY_REFUSED_MS = 30_000;
const RETRY_DROPPED_MS = 3_000;
/** Views of work the tab has not listed yet, kept in case the action's answer is still coming. */
const EARLY_KEPT = 50;

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
  // The stream can deliver a result before the action that queued it has answered: its view
  // waits here until the tab lists the generation (or is dropped, when it is another tab's work).
  // Written when the message arrives, never inside a state updater: React may run an updater
  // only at the next render, after `add` has already looked here.
  const early = useRef(new Map<string, GenerationView>());
  /** Work the stream said is running before the tab listed it (the same race, for a status). */
  const startedEarly = useRef(new Set<string>());
  // Ids the tab listed itself: `mine=1` follows them, so no reconnect is needed; a stream opened
  // later names them (the ref, for the effect; the state, for rendering).
  const [covered, setCovered] = useState<string[]>([]);
  const coveredForNext = useRef(new Set<string>());

  const merge = useCallback((list: GenerationView[], view: GenerationView) => {
    const at = list.findIndex((g) => g.id === view.id);
    if (at === -1) return [view, ...list];
    // Never step back: the action's "queued" answer can come after the stream's finished view.
    if (isFinished(list[at]!.status) && !isFinished(view.status)) return list;
    const next = list.slice();
    next[at] = view;
    return next;
  }, []);

  /** A generation this tab queued (the action's answer), or re-ran from a card. */
  const add = useCallback(
    (view: GenerationView) => {
      coveredForNext.current.add(view.id);
      if (coveredForNext.current.size > MAX_FOLLOWED) coveredForNext.current.delete(coveredForNext.current.values().next().value!);
      setCovered((ids) => [...ids.slice(1 - MAX_FOLLOWED), view.id]);
      const seen = early.current.get(view.id);
      early.current.delete(view.id);
      const started = startedEarly.current.delete(view.id) && view.status === "queued";
      const answered: GenerationView = started ? { ...view, status: "running" } : view;
      setGenerations((list) => merge(merge(list, answered), seen ?? answered));
    },
    [merge],
  );

  // The oldest unfinished first (the list is newest first): they run first, and a stream
  // follows at most MAX_FOLLOWED; the rest join when those finish.
  const unfinished = useMemo(
    () => generations.filter((g) => !isFinished(g.status)).map((g) => g.id).reverse().slice(0, MAX_FOLLOWED),
    [generations],
  );
  const [followed, setFollowed] = useState<string[]>(unfinished);
  // Reopen only when an id appears that the open stream neither was told about nor follows as the person's own.
  const missing = unfinished.some((id) => !followed.includes(id) && !covered.includes(id));
  if (missing) setFollowed(unfinished);
  // Bumped to open the stream again: after the server refused it (too many tabs: 429), or it dropped.
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    // A dropped stream may have missed the end of work the tab queued: the new one names it too.
    const follow = [...new Set([...followed, ...coveredForNext.current])].slice(-MAX_FOLLOWED);
    const source = new EventSource(`/api/events?follow=${follow.join(",")}&mine=1`);
    let retry: ReturnType<typeof setTimeout> | undefined;
    source.addEventListener("error", () => {
      // A refused stream is not retried by the browser; a dropped one would be, with the old
      // follow list. Either way the tab opens a new one that names everything it waits for.
      const refused = source.readyState === EventSource.CLOSED;
      source.close();
      retry ??= setTimeout(() => setAttempt((n) => n + 1), refused ? RETRY_REFUSED_MS : RETRY_DROPPED_MS);
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
      // Kept in case the tab has not listed it yet; merged now if it has (a later add() finds
      // the same view here, and merge never steps back).
      early.current.set(view.id, view);
      if (early.current.size > EARLY_KEPT) early.current.delete(early.current.keys().next().value!);
      setGenerations((list) => (list.some((g) => g.id === view.id) ? merge(list, view) : list));
    });
    on("spend", spendLabelSchema, pushSpend);
    on("status", teamStatusEventSchema, (data) => {
      patchLive(data.generationId, (s) => ({ ...s, queuePosition: data.status === "queued" ? data.position : undefined }));
      if (data.status === "running") {
        startedEarly.current.add(data.generationId);
        if (startedEarly.current.size > EARLY_KEPT) startedEarly.current.delete(startedEarly.current.values().next().value!);
        setGenerations((list) => list.map((g) => (g.id === data.generationId && g.status === "queued" ? { ...g, status: "running" } : g)));
      }
    });
    on("partial", teamPartialEventSchema, (data) => {
      patchLive(data.generationId, (s) => ({ ...s, partials: { ...s.partials, [data.imageIndex]: data.dataUrl } }));
    });
    return () => {
      clearTimeout(retry);
      source.close();
    };
  }, [followed, merge, attempt]);

  return { generations, live, add };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
