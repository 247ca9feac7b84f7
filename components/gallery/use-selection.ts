"use client";

// The grid's selection: a set of image ids with an anchor for shift-click ranges over the
// images loaded so far (in grid order), Ctrl/Cmd+A for all of them, Escape to clear.
import { useCallback, useEffect, useRef, useState } from "react";

export interface Selection {
  ids: Set<string>;
  toggle: (id: string, range: boolean) => void;
  replace: (ids: Iterable<string>) => void;
  clear: () => void;
}

export function useSelection(order: string[]): Selection {
  const [ids, setIds] = useState<Set<string>>(() => new Set());
  const anchor = useRef<string | null>(null);

  const toggle = useCallback(
    (id: string, range: boolean) => {
      const from = anchor.current ? order.indexOf(anchor.current) : -1;
      const to = order.indexOf(id);
      setIds((old) => {
        const next = new Set(old);
        if (range && from >= 0 && to >= 0) {
          for (const each of order.slice(Math.min(from, to), Math.max(from, to) + 1)) next.add(each);
        } else if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      });
      anchor.current = id;
    },
    [order],
  );
  const replace = useCallback((all: Iterable<string>) => setIds(new Set(all)), []);
  const clear = useCallback(() => {
    anchor.current = null;
    setIds(new Set());
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Keys typed into a field are the field's (a tile's checkbox is not a field).
      const typing = e.target instanceof HTMLElement && e.target.closest("input:not([type=checkbox]), textarea, select, [contenteditable=true]");
      if (typing) return;
      if (e.key === "Escape") clear();
      else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "a") {
        e.preventDefault();
        setIds(new Set(order));
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [order, clear]);

  return { ids, toggle, replace, clear };
}
