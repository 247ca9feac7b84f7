// One line on a result card saying where it came from: "re-run of #2 on GPT Image 1.5",
// "variation of #2", "re-prompt of #2", "edit of #1" or "enlargement of #1 locally", the number
// linking to the parent's page.
import Link from "next/link";
import type { GenerationView } from "@/lib/views/generation";
import { modelLabel, refinementOf } from "@/lib/views/lineage";

export function ParentLine({ generation: g }: { generation: Pick<GenerationView, "kind" | "model" | "prompt" | "params" | "parent"> & Partial<Pick<GenerationView, "options">> }) {
  const parent = g.parent;
  if (!parent) return null;
  const link = (
    <Link href={`/gallery/${parent.generationId}`} prefetch={false} title={parent.prompt} className="text-fg hover:underline" data-testid="parent-link">
      #{parent.index + 1}
    </Link>
  );
  const quality = typeof g.params.quality === "string" ? g.params.quality : null;
  const how = g.kind === "edit" ? "edit" : parent.kind === "generate" ? refinementOf({ ...g, quality }, parent) : "re-run";
  // An enlargement names its way: a local step (free) or an edit on a large-size model.
  const enlarged = g.kind === "local" ? "locally" : g.kind === "edit" && g.options?.enlarge ? `on ${modelLabel(g.model)}` : null;
  return (
    <p className="truncate text-xs text-muted" data-testid="parent-line">
      {enlarged ? (
        <>
          enlargement of {link} {enlarged}
        </>
      ) : how === "re-run" ? (
        <>
          re-run of {link} on {modelLabel(g.model)}
        </>
      ) : (
        <>
          {how} of {link}
        </>
      )}
    </p>
  );
}
