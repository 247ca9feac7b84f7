// How a step of the version tree is named and which of its images stands for it: shared by the
// tree, the list and their tests, so "Step 3 · edit · $0.011" reads the same everywhere.
import { formatUsd } from "@/lib/images/cost";
import type { HistoryImage, HistoryStep } from "./history";
import type { BranchCost } from "./version-tree";

/** The current base when it is this step's, else its first finalist, else its first kept image. */
export function stepImage(step: HistoryStep, baseImageId: string | null): HistoryImage | null {
  return (
    step.images.find((img) => img.id === baseImageId) ??
    step.images.find((img) => img.pick === "finalist") ??
    step.images.find((img) => img.pick !== "discarded") ??
    step.images[0] ??
    null
  );
}

/** "$0.011", "cost unknown" (it may have been billed), "not billed" (it never reached the provider), "pending". */
export function stepCostText(step: Pick<HistoryStep, "costUsd" | "costUnknown" | "status">): string {
  if (step.costUsd !== null) return formatUsd(step.costUsd);
  if (step.status === "queued" || step.status === "running") return "pending";
  return step.costUnknown ? "cost unknown" : "not billed";
}

/** "$0.042", or "≥ $0.042" when a step on the branch cost an unknown amount. */
export function branchCostText(cost: BranchCost): string {
  return `${cost.atLeast ? "≥ " : ""}${formatUsd(cost.usd)}`;
}

/** The tree item's accessible name: "Step 3 · edit · $0.011", "Step 4 · local enlargement · $0.00". */
export function stepName(number: number, step: HistoryStep): string {
  const kind = step.kind === "local" ? "local enlargement" : step.kind === "edit" && step.params?.enlarge === true ? "enlargement" : step.kind;
  return `Step ${number} · ${kind} · ${stepCostText(step)}`;
}

const UNITS: [number, string][] = [
  [60, "s"],
  [60, "min"],
  [24, "h"],
  [30, "d"],
];
const DATE = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** "just now", "5 min ago", "3 h ago", "12 d ago", then the date; `now` comes from the server so both renders agree. */
export function relativeTime(iso: string, now: string): string {
  let amount = Math.max(0, (Date.parse(now) - Date.parse(iso)) / 1000);
  if (amount < 45) return "just now";
  for (const [size, unit] of UNITS) {
    if (amount < size) return `${Math.round(amount)} ${unit} ago`;
    amount /= size;
  }
  return DATE.format(new Date(iso));
}
