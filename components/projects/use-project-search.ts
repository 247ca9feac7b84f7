"use client";

// The pickers' type-ahead: the team's projects whose name holds what is typed, asked of
// GET /api/projects a moment after the last key. Only the newest answer counts: an older
// request is aborted when the text changes, so a slow answer never replaces a newer one.
import { useEffect, useState } from "react";
import { projectMatchesSchema, type CurrentProject } from "@/lib/views/project";

export type ProjectSearch =
  | { state: "idle" }
  | { state: "searching"; query: string }
  | { state: "done"; query: string; projects: CurrentProject[] }
  | { state: "failed"; query: string; message: string };

const DEBOUNCE_MS = 150;

/** `query` trimmed and empty means no search: the picker shows its recent projects. */
export function useProjectSearch(query: string): ProjectSearch {
  const q = query.trim();
  const [result, setResult] = useState<ProjectSearch>({ state: "idle" });

  useEffect(() => {
    if (!q) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setResult({ state: "searching", query: q });
      try {
        const res = await fetch(`/api/projects?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        const body: unknown = await res.json();
        if (!res.ok) {
          const message = typeof body === "object" && body && "error" in body ? String(body.error) : "Could not search the projects. Try again.";
          return setResult({ state: "failed", query: q, message });
        }
        setResult({ state: "done", query: q, projects: projectMatchesSchema.parse(body).projects });
      } catch (err) {
        if (controller.signal.aborted) return;
        setResult({ state: "failed", query: q, message: err instanceof Error && err.name === "ZodError" ? "The projects came back in a shape this page does not know: reload it." : "Could not reach Fresco to search the projects. Try again." });
      }
    }, DEBOUNCE_MS);
    return () => (clearTimeout(timer), controller.abort());
  }, [q]);

  if (!q) return { state: "idle" };
  // Until the answer for this text arrives, it is being searched (never an older text's list).
  return "query" in result && result.query === q ? result : { state: "searching", query: q };
}
