// A generation's lineage on its detail page: the image it was made from, and what was made from
// its images, each a thumbnail linking to that generation's page.
import Link from "next/link";
import type { Lineage } from "@/lib/views/lineage";
import { modelLabel } from "@/lib/views/lineage";

function Entry(props: { href: string; imageId: string | null; title: string; note: string; testId: string }) {
  return (
    <li>
      <Link href={props.href} className="group flex items-center gap-3 rounded p-1 hover:bg-raised" data-testid={props.testId}>
        {props.imageId ? (
          // eslint-disable-next-line @next/next/no-img-element -- small private thumbnails from our own route
          <img src={`/api/images/${props.imageId}?variant=thumb`} alt="" className="size-14 shrink-0 rounded border border-line object-cover" />
        ) : (
          <span className="grid size-14 shrink-0 place-items-center rounded border border-line bg-raised text-[10px] text-muted">No image</span>
        )}
        <span className="min-w-0 space-y-0.5">
          <span className="line-clamp-1 block text-sm group-hover:text-fg" title={props.title}>
            {props.title}
          </span>
          <span className="block text-xs text-muted">{props.note}</span>
        </span>
      </Link>
    </li>
  );
}

function Section({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <section aria-label={label} className="space-y-2">
      <h2 className="text-xs font-medium uppercase tracking-wide text-muted">{label}</h2>
      <ul className="max-w-md space-y-1">{children}</ul>
    </section>
  );
}

export function LineageSections({ lineage: { parent, children } }: { lineage: Lineage }) {
  if (!parent && children.length === 0) return null;
  return (
    <div className="space-y-4" data-testid="lineage">
      {parent && (
        <Section label="Parent">
          <Entry
            href={`/gallery/${parent.generationId}`}
            imageId={parent.imageId}
            title={parent.prompt}
            note={`#${parent.index + 1} · ${parent.kind === "edit" ? "edit" : "generated"} on ${modelLabel(parent.model)}`}
            testId="lineage-parent"
          />
        </Section>
      )}
      {children.length > 0 && (
        <Section label="Children">
          {children.map((child) => (
            <Entry
              key={child.generationId}
              href={`/gallery/${child.generationId}`}
              imageId={child.imageId}
              title={child.prompt}
              note={`from #${child.parentIndex + 1} · ${child.how}`}
              testId="lineage-child"
            />
          ))}
        </Section>
      )}
    </div>
  );
}
