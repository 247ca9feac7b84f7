"use client";

// Vary (the same request again, one click) and Re-prompt (the same request with a new prompt,
// written in a small form over the image: Enter runs it, Esc closes it). Each new generation
// joins the results rail as that image's child.
import { MessageSquareText, Shuffle } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { repromptImageAction } from "@/lib/actions/images/reprompt-image";
import { varyImageAction } from "@/lib/actions/images/vary-image";
import { generateParamsSchema } from "@/lib/images/schemas";
import type { GenerationView } from "@/lib/views/generation";
import { useStudio } from "./studio-context";
import { newSubmissionKey } from "./submission-key";

const promptRule = generateParamsSchema.shape.prompt;

/** Vary and Re-prompt; `labelled` adds their names beside the icons where there is room. */
export function RefineButtons(props: { imageId: string; iconButton: string; onReprompt: () => void; labelled?: boolean }) {
  const studio = useStudio();
  const vary = useAction(varyImageAction, {
    onSuccess: ({ data }) => {
      if (data?.generation) studio?.onQueued(data.generation);
      toast.success("Making a variation");
    },
    onError: ({ error }) => toast.error(error.serverError ?? "Could not start the variation."),
  });
  return (
    <>
      <button type="button" className={props.iconButton} title="Vary: the same request again" aria-label="Vary" data-testid="vary" disabled={vary.isPending} onClick={() => vary.execute({ imageId: props.imageId, idempotencyKey: newSubmissionKey() })}>
        <Shuffle className="size-3.5" aria-hidden />
        {props.labelled && "Vary"}
      </button>
      <button type="button" className={props.iconButton} title="Re-prompt: the same request with a new prompt" aria-label="Re-prompt" data-testid="reprompt" onClick={props.onReprompt}>
        <MessageSquareText className="size-3.5" aria-hidden />
        {props.labelled && "Re-prompt"}
      </button>
    </>
  );
}

export function RepromptForm(props: { generation: Pick<GenerationView, "prompt">; imageId: string; onClose: () => void }) {
  const studio = useStudio();
  const [prompt, setPrompt] = useState(props.generation.prompt);
  const [error, setError] = useState<string | null>(null);
  const reprompt = useAction(repromptImageAction, {
    onSuccess: ({ data }) => {
      if (data?.generation) studio?.onQueued(data.generation);
      toast.success("Running it with the new prompt");
      props.onClose();
    },
    onError: ({ error: e }) => setError(e.serverError ?? e.validationErrors?.prompt?._errors?.[0] ?? "Could not start the re-prompt."),
  });
  const submit = () => {
    const checked = promptRule.safeParse(prompt);
    if (!checked.success) return setError(checked.error.issues[0]?.message ?? "Write a prompt describing the image.");
    setError(null);
    reprompt.execute({ imageId: props.imageId, prompt: checked.data, idempotencyKey: newSubmissionKey() });
  };
  return (
    <form
      className="absolute inset-x-1 bottom-1 space-y-1 rounded bg-surface/95 p-1.5 shadow backdrop-blur"
      data-testid="reprompt-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <textarea
        autoFocus
        aria-label="New prompt"
        className="block w-full resize-none rounded border border-line bg-raised p-1 text-xs focus:border-accent focus:outline-none"
        rows={3}
        value={prompt}
        onChange={(e) => setPrompt(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape") props.onClose();
          else if (e.key === "Enter" && !e.shiftKey) {
            e.preventDefault();
            submit();
          }
        }}
      />
      {error && <p role="alert" className="text-xs text-danger">{error}</p>}
      <div className="flex justify-end gap-1 text-xs">
        <button type="button" className="rounded px-1.5 py-0.5 text-muted hover:text-fg" onClick={props.onClose}>
          Cancel
        </button>
        <button type="submit" disabled={reprompt.isPending} className="rounded bg-accent px-1.5 py-0.5 font-medium text-accent-fg disabled:opacity-50" data-testid="reprompt-submit">
          Re-prompt
        </button>
      </div>
    </form>
  );
}
