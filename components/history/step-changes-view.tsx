// What a step changed against its parent, in one or two lines: the prompt with insertions and
// deletions marked, the model and parameter changes as chips, and the mask it was drawn with.
import Image from "next/image";
import { modelLabel } from "@/lib/views/lineage";
import { describeParamChange, type StepChanges } from "@/lib/views/step-changes";

const chip = "shrink-0 rounded border border-line px-1.5 text-[11px] text-muted";

export function PromptDiff({ changes, prompt }: { changes: StepChanges["prompt"]; prompt: string }) {
  if (changes === null || changes === "rewritten" || changes === "instruction") {
    return (
      <span className="truncate" title={prompt}>
        {changes === "rewritten" && <span className="mr-1 text-[11px] text-warning">new prompt:</span>}
        {prompt}
      </span>
    );
  }
  return (
    <span className="truncate" title={prompt} data-testid="prompt-diff">
      {changes.map((part, i) =>
        part.op === "added" ? (
          <ins key={i} className="rounded-sm bg-success/15 text-success no-underline" title="added">
            {part.text}
          </ins>
        ) : part.op === "removed" ? (
          // A replacement reads as two words, not one: the deletion keeps a gap before the insertion.
          <del key={i} className="mr-0.5 rounded-sm bg-danger/15 text-danger" title="removed">
            {part.text}
          </del>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </span>
  );
}

export function ChangeChips({ changes, maskInputId }: { changes: StepChanges; maskInputId: string | null }) {
  return (
    <>
      {changes.model && <span className={chip}>model {modelLabel(changes.model.from)} → {modelLabel(changes.model.to)}</span>}
      {changes.params.map((change) => (
        <span key={change.key} className={chip}>
          {describeParamChange(change)}
        </span>
      ))}
      {maskInputId && (
        <span className={`${chip} inline-flex items-center gap-1`} title="Drawn with a mask">
          <span className="checkerboard relative size-4 overflow-hidden rounded-sm">
            <Image src={`/api/generation-inputs/${maskInputId}`} alt="Its mask" fill sizes="16px" unoptimized className="object-cover" loading="lazy" />
          </span>
          mask
        </span>
      )}
    </>
  );
}
