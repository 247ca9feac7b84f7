"use client";

// The studio's list of generations, kept live: every unfinished one follows its
// server-sent event stream until it settles.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { isFinished, type GenerationView } from "@/lib/generations/view";

export interface LiveState {
  queuePosition?: number;
  /** Latest partial rendition per image index, as a data URL. */
  partials: Record<number, string>;
}

export function useLiveGenerations(initial: GenerationView[]) {
  const [generations, setGenerations] = useState(initial);
  const [live, setLive] = useState<Record<string, LiveState>>({});
  const sources = useRef(new Map<string, EventSource>());
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

  const follow = useCallback(
    (id: string) => {
      if (sources.current.has(id)) return;
      const source = new EventSource(`/api/generations/${id}/events`);
      sources.current.set(id, source);
      const patchLive = (patch: (s: LiveState) => LiveState) =>
        setLive((all) => ({ ...all, [id]: patch(all[id] ?? { partials: {} }) }));

      source.addEventListener("generation", (e) => {
        const view = JSON.parse((e as MessageEvent<string>).data) as GenerationView | null;
        if (!view) return;
        upsert(view);
        if (isFinished(view.status)) {
          source.close();
          sources.current.delete(id);
          // Server-rendered figures (the month's spend in the top bar) now include this one.
          router.refresh();
        }
      });
      source.addEventListener("status", (e) => {
        const data = JSON.parse((e as MessageEvent<string>).data) as { status: string; position?: number };
        patchLive((s) => ({ ...s, queuePosition: data.status === "queued" ? data.position : undefined }));
      });
      source.addEventListener("partial", (e) => {
        const data = JSON.parse((e as MessageEvent<string>).data) as { imageIndex: number; dataUrl: string };
        patchLive((s) => ({ ...s, partials: { ...s.partials, [data.imageIndex]: data.dataUrl } }));
      });
      // EventSource reconnects by itself after a network blip; the snapshot on reconnect catches up.
    },
    [upsert, router],
  );

  useEffect(() => {
    for (const g of generations) if (!isFinished(g.status)) follow(g.id);
  }, [generations, follow]);

  useEffect(() => {
    const all = sources.current;
    return () => {
      for (const s of all.values()) s.close();
      all.clear();
    };
  }, []);

  return { generations, live, add: upsert };
}
