// One line on a result card saying where it came from: "re-run of #2 on GPT Image 1.5" or
// "edit of #1", the number linking to the parent's detail page.
import Link from "next/link";
import type { GenerationView } from "@/lib/views/generation";
import { modelLabel } from "@/lib/views/lineage";

export function ParentLine({ generation: g }: { generation: Pick<GenerationView, "kind" | "model" | "parent"> }) {
  const parent = g.parent;
  if (!parent) return null;
  const link = (
    <Link href={`/gallery/${parent.generationId}`} title={parent.prompt} className="text-fg hover:underline" data-testid="parent-link">
      #{parent.index + 1}
    </Link>
  );
  return (
    <p className="truncate text-xs text-muted" data-testid="parent-line">
      {g.kind === "edit" ? (
        <>edit of {link}</>
      ) : (
        <>
          re-run of {link} on {modelLabel(g.model)}
        </>
      )}
    </p>
  );
}
