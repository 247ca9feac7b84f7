// What the enlarge menu shows before the click: for one image or many, the size each comes out
// and, side by side, what each way costs in all and whether it can be done (else why not).
// Plain JSON; the server works it out (lib/submissions/enlarge-estimate.ts) with the team's prices.

export interface EnlargeWayEstimate {
  /** USD, exact decimal; "0" locally; null when unknown (no token count or price for the model). */
  usd: string | null;
  /** Why this way cannot make it (the first image that breaks its limit), else null. */
  problem: string | null;
}

export interface EnlargeEstimate {
  items: { imageId: string; from: string; to: string }[];
  model: EnlargeWayEstimate & { label: string };
  local: EnlargeWayEstimate;
}

/** True for an enlargement: a local step, or an edit asked to keep its output at a larger size. */
export const isEnlargement = (g: { kind: string; options: { enlarge?: boolean } | null }) => g.kind === "local" || (g.kind === "edit" && Boolean(g.options?.enlarge));
