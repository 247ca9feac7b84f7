"use client";

// The "Batch" part of the edit panel: many prompts on one image, or one prompt on many.
import { Segmented } from "@/components/ui/segmented";
import { MAX_BULK, promptLines, type Batch, type BatchMode } from "./batch";

export type BatchCandidate = { id: string; width: number; height: number; prompt: string };

export function BatchSection(props: { batch: Batch; onChange: (b: Batch) => void; candidates: BatchCandidate[]; baseSize?: string }) {
  const { batch, onChange } = props;
  const lines = promptLines(batch.promptsText).length;
  const toggle = (id: string, on: boolean) =>
    onChange({ ...batch, targets: on ? [...batch.targets, id] : batch.targets.filter((t) => t !== id) });
  return (
    <section aria-labelledby="batch-title" className="space-y-2 rounded-lg border border-line p-3">
      <h3 id="batch-title" className="text-xs font-medium text-muted">
        Batch
      </h3>
      <Segmented<BatchMode>
        name="batch-mode"
        label="Make"
        value={batch.mode}
        onChange={(mode) => onChange({ ...batch, mode })}
        options={[
          { value: "single", label: "One edit" },
          { value: "prompts", label: "Per prompt" },
          { value: "images", label: "Per image" },
        ]}
      />
      {batch.mode === "prompts" && (
        <div className="space-y-1">
          <label htmlFor="bulk-prompts" className="text-xs text-muted">
            One prompt per line; each makes its own edit with this mask (replaces the prompt above).
          </label>
          <textarea
            id="bulk-prompts"
            data-testid="bulk-prompts"
            rows={4}
            value={batch.promptsText}
            onChange={(e) => onChange({ ...batch, promptsText: e.target.value })}
            placeholder={"a red scarf\na blue scarf\na striped scarf"}
            aria-invalid={lines > MAX_BULK}
            className="w-full resize-y rounded border border-line bg-raised p-2 text-sm focus:border-accent focus:outline-none aria-[invalid=true]:border-danger"
          />
          <p className={`text-xs tabular-nums ${lines > MAX_BULK ? "text-danger" : "text-muted"}`}>
            {lines} prompt{lines === 1 ? "" : "s"} (at most {MAX_BULK})
          </p>
        </div>
      )}
      {batch.mode === "images" && (
        <fieldset className="space-y-1">
          <legend className="text-xs text-muted">
            The same prompt and mask on each checked image. The mask fits images of the base’s size{props.baseSize ? ` (${props.baseSize})` : ""}.
          </legend>
          {props.candidates.length === 0 ? (
            <p className="text-xs text-muted">No results of that size yet.</p>
          ) : (
            <ul className="grid max-h-48 grid-cols-3 gap-1.5 overflow-y-auto" data-testid="batch-targets">
              {props.candidates.map((c) => {
                const on = batch.targets.includes(c.id);
                return (
                  <li key={c.id}>
                    <label className={`relative block cursor-pointer overflow-hidden rounded border has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent ${on ? "border-accent" : "border-line"}`}>
                      {/* eslint-disable-next-line @next/next/no-img-element -- private thumbnail, no optimizer */}
                      <img src={`/api/images/${c.id}?variant=thumb`} alt="" className="aspect-square w-full object-cover" />
                      <input
                        type="checkbox"
                        checked={on}
                        onChange={(e) => toggle(c.id, e.target.checked)}
                        aria-label={`Include “${c.prompt.slice(0, 40)}”`}
                        className="absolute top-1 left-1 size-4 accent-[var(--color-accent)]"
                      />
                    </label>
                  </li>
                );
              })}
            </ul>
          )}
          <p className="text-xs tabular-nums text-muted">{batch.targets.length} selected (at most {MAX_BULK})</p>
        </fieldset>
      )}
    </section>
  );
}
