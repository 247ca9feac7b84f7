// What a step changed against the step it was made from: the prompt word by word, the model,
// the parameters, and whether it was drawn with a mask. Pure; the history rows render it.
import { diffWords } from "diff";
import type { HistoryStep } from "./history";
import { refinementOf } from "./lineage";

export interface PromptPart {
  text: string;
  op: "same" | "added" | "removed";
}

export interface ParamChange {
  key: string;
  /** Null when the parent's request did not say (or the child's does not). */
  from: string | null;
  to: string | null;
}

export interface StepChanges {
  /**
   * Word diff of the prompt; null when it is the same; "rewritten" when it changed past reading
   * as a diff; "instruction" for an edit, whose prompt says what to change, not a new wording.
   */
  prompt: PromptPart[] | "rewritten" | "instruction" | null;
  model: { from: string; to: string } | null;
  params: ParamChange[];
  /** An edit drawn with a mask (its mask input is `maskInputId`). */
  masked: boolean;
}

// Beyond this many changed words a diff reads worse than the new prompt itself.
const MAX_EDITS = 60;

export function promptDiff(before: string, after: string): PromptPart[] | "rewritten" | null {
  if (before === after) return null;
  const changes = diffWords(before, after, { maxEditLength: MAX_EDITS });
  if (!changes) return "rewritten";
  // When less than half the new words are kept, the marks hide the prompt instead of showing it.
  const kept = changes.filter((c) => !c.added && !c.removed).reduce((n, c) => n + words(c.value), 0);
  if (kept * 2 < words(after)) return "rewritten";
  return changes.map((c) => ({ text: c.value, op: c.added ? "added" : c.removed ? "removed" : "same" }));
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

const shown = (value: HistoryStep["params"][string] | undefined) => (value === undefined ? null : String(value));

export function paramChanges(before: HistoryStep["params"], after: HistoryStep["params"]): ParamChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys
    .map((key) => ({ key, from: shown(before[key]), to: shown(after[key]) }))
    .filter((change) => change.from !== change.to);
}

/** Against its parent step; a root (no parent here) changes nothing but says whether it is masked. */
export function stepChanges(step: HistoryStep, parent: HistoryStep | null): StepChanges {
  const masked = step.maskInputId !== null;
  if (!parent) return { prompt: null, model: null, params: [], masked };
  return {
    prompt: step.kind === "edit" && parent.prompt !== step.prompt ? "instruction" : promptDiff(parent.prompt, step.prompt),
    model: parent.model === step.model ? null : { from: parent.model, to: step.model },
    // An edit against a generate differs in its kind's own parameters (moderation vs fidelity):
    // only the ones both requests have are a change a person made.
    params: parent.kind === step.kind ? paramChanges(parent.params, step.params) : paramChanges(pick(parent.params, step.params), pick(step.params, parent.params)),
    masked,
  };
}

function pick(params: HistoryStep["params"], keysOf: HistoryStep["params"]): HistoryStep["params"] {
  return Object.fromEntries(Object.entries(params).filter(([key]) => key in keysOf));
}

/** "size 1024x1024 → 1536x1024", "quality → high". */
export function describeParamChange(change: ParamChange): string {
  if (change.from === null) return `${change.key} → ${change.to}`;
  if (change.to === null) return `${change.key} ${change.from} → default`;
  return `${change.key} ${change.from} → ${change.to}`;
}

const quality = (step: HistoryStep) => (typeof step.params.quality === "string" ? step.params.quality : null);

/** What kind of step it is, in a word: generate, edit, variation, re-prompt, re-run, or an enlargement (by a model, or local). */
export function stepHow(step: HistoryStep, parent: HistoryStep | null): string {
  if (step.kind === "local") return "local enlargement";
  if (step.kind === "edit" && step.params.enlarge === true) return "enlargement";
  if (step.kind === "edit" || !parent) return step.kind;
  if (parent.kind === "edit") return "re-run";
  return refinementOf({ ...step, quality: quality(step) }, { ...parent, quality: quality(parent) });
}
