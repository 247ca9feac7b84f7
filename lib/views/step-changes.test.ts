import { describe, expect, it } from "vitest";
import type { HistoryStep } from "./history";
import { describeParamChange, promptDiff, stepChanges, stepHow } from "./step-changes";

function step(over: Partial<HistoryStep>): HistoryStep {
  return {
    id: "s",
    kind: "generate",
    model: "gpt-image-1-mini",
    prompt: "a red fox in the snow",
    params: { n: 2, size: "1024x1024", quality: "low" },
    status: "succeeded",
    costUsd: "0.011",
    costUnknown: false,
    createdAt: "2026-11-30T00:00:00.000Z",
    author: "Ann",
    parent: null,
    from: null,
    images: [],
    maskInputId: null,
    ...over,
  };
}

const marked = (parts: ReturnType<typeof promptDiff>) =>
  Array.isArray(parts) ? parts.map((p) => (p.op === "added" ? `+[${p.text}]` : p.op === "removed" ? `-[${p.text}]` : p.text)).join("") : parts;

describe("promptDiff", () => {
  it("marks the words inserted and deleted", () => {
    expect(marked(promptDiff("a red fox in the snow", "a small red fox in the rain"))).toBe("a +[small ]red fox in the -[snow]+[rain]");
  });

  it("is null for the same prompt and 'rewritten' past a readable diff", () => {
    expect(promptDiff("same words", "same words")).toBeNull();
    const before = Array.from({ length: 100 }, (_, i) => `w${i}`).join(" ");
    const after = Array.from({ length: 100 }, (_, i) => `v${i}`).join(" ");
    expect(promptDiff(before, after)).toBe("rewritten");
    // Few words kept: the new prompt reads better than the marks.
    expect(promptDiff("A paper boat on a pond", "Make the boat red")).toBe("rewritten");
  });
});

describe("stepChanges", () => {
  const parent = step({ id: "p" });

  it("names the model and parameter changes against the parent", () => {
    const changes = stepChanges(step({ model: "gpt-image-1.5", params: { n: 2, size: "1536x1024", quality: "high", background: "transparent" } }), parent);
    expect(changes.prompt).toBeNull();
    expect(changes.model).toEqual({ from: "gpt-image-1-mini", to: "gpt-image-1.5" });
    expect(changes.params.map(describeParamChange)).toEqual(["size 1024x1024 → 1536x1024", "quality low → high", "background → transparent"]);
    expect(changes.masked).toBe(false);
  });

  it("compares an edit with a generated parent only on what both requests have, and says it was masked", () => {
    const edit = step({ kind: "edit", prompt: "a red fox in the snow, wearing a hat", params: { n: 2, size: "1024x1024", quality: "low", input_fidelity: "high", keepOutsideMask: true }, maskInputId: "m1" });
    const changes = stepChanges(edit, step({ id: "p", params: { n: 2, size: "1024x1024", quality: "low", moderation: "low" } }));
    expect(changes.params).toEqual([]);
    expect(changes.masked).toBe(true);
    // An edit's prompt says what to change: shown whole, never as a diff of the parent's.
    expect(changes.prompt).toBe("instruction");
  });

  it("a re-run of an edit with the same instruction changes no prompt", () => {
    const edit = step({ kind: "edit", prompt: "add a hat" });
    expect(stepChanges(edit, step({ id: "p", kind: "edit", prompt: "add a hat" })).prompt).toBeNull();
  });

  it("a root changes nothing", () => {
    expect(stepChanges(step({ maskInputId: "m" }), null)).toEqual({ prompt: null, model: null, params: [], masked: true });
  });
});

describe("stepHow", () => {
  const parent = step({ id: "p" });
  it("names a refinement the way the lineage does", () => {
    expect(stepHow(step({}), null)).toBe("generate");
    expect(stepHow(step({}), parent)).toBe("variation");
    expect(stepHow(step({ prompt: "a fox" }), parent)).toBe("re-prompt");
    expect(stepHow(step({ params: { quality: "high" } }), parent)).toBe("re-run");
    expect(stepHow(step({ kind: "edit" }), parent)).toBe("edit");
  });

  it("names an enlargement: by the model (an edit that enlarges) or a local step", () => {
    expect(stepHow(step({ kind: "edit", params: { enlarge: true, size: "2048x2048" } }), parent)).toBe("enlargement");
    expect(stepHow(step({ kind: "local", params: { enlarge: true, size: "2880x2880" } }), parent)).toBe("local enlargement");
  });
});
