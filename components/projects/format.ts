// How a project's figures read on its card. Rendered on the server and in the browser alike:
// a fixed locale and zone keep both equal.
import { formatUsd } from "@/lib/images/cost";
import type { ProjectSummary } from "@/lib/views/project";

const WHEN = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export const formatWhen = (iso: string) => WHEN.format(new Date(iso));

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

/** "3 generations · 7 images". */
export function countsLabel(p: Pick<ProjectSummary, "generations" | "images">): string {
  return `${plural(p.generations, "generation")} · ${plural(p.images, "image")}`;
}

/** "$0.42", or "≥ $0.42" when some cost is unknown (the sum is then a lower bound). */
export function costLabel(p: Pick<ProjectSummary, "costUsd" | "unknownCosts">): { text: string; title: string } {
  const total = formatUsd(p.costUsd);
  if (p.unknownCosts === 0) return { text: total, title: "What this project's work cost" };
  return { text: `≥ ${total}`, title: `At least ${total}: ${plural(p.unknownCosts, "run")} in it cost an unknown amount.` };
}
