"use client";

// The month's spend in the top bar, kept current without reloading the page: the studio's event
// stream pushes the team's new figure after each finished generation (lib/events/team-stream.ts).
import { useEffect, useState } from "react";
import type { SpendLabel } from "@/lib/views/month-spend";
import { MonthSpend } from "./bar-status";

const listeners = new Set<(label: SpendLabel) => void>();

/** A newer figure for the bar, from the event stream. */
export function pushSpend(label: SpendLabel): void {
  for (const listener of listeners) listener(label);
}

export function LiveMonthSpend({ spend, align }: { spend: SpendLabel; align?: "start" | "end" }) {
  const [shown, setShown] = useState(spend);
  const [rendered, setRendered] = useState(spend);
  // A fresh server render is the newest figure there is.
  if (rendered !== spend) {
    setRendered(spend);
    setShown(spend);
  }
  useEffect(() => {
    listeners.add(setShown);
    return () => void listeners.delete(setShown);
  }, []);
  return <MonthSpend spend={shown} align={align} />;
}
