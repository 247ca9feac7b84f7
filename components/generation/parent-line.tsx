// One line on a result card saying where it came from: "re-run of #2 on GPT Image 1.5",
// "variation of #2", "re-prompt of #2" or "edit of #1", the number linking to the parent's page.
import Link from "next/link";
import type { GenerationView } from "@/lib/views/generation";
import { modelLabel, refinementOf } from "@/lib/views/lineage";

export function ParentLine({ generation: g }: { generation: Pick<GenerationView, "kind" | "model" | "prompt" | "params" | "parent"> }) {
  const parent = g.parent;
  if (!parent) return null;
  const link = (
    <Link href={`/gallery/${parent.generationId}`} title={parent.prompt} className="text-fg hover:underline" data-testid="parent-link">
      #{parent.index + 1}
    </Link>
  );
  const quality = typeof g.params.quality === "string" ? g.params.quality : null;
  const how = g.kind === "edit" ? "edit" : parent.kind === "generate" ? refinementOf({ ...g, quality }, parent) : "re-run";
  return (
    <p className="truncate text-xs text-muted" data-testid="parent-line">
      {how === "re-run" ? (
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
