// What an edit was made from: the base, reference images and the mask, kept with it so it can
// be inspected and run again.
import type { InputView } from "@/lib/views/generation";

export function EditInputs({ inputs }: { inputs: InputView[] }) {
  if (inputs.length === 0) return null;
  const sorted = [...inputs].sort((a, b) => (a.role === b.role ? a.index - b.index : a.role === "image" ? -1 : 1));
  return (
    <section aria-label="Inputs" className="space-y-2" data-testid="edit-inputs">
      <h2 className="text-xs font-medium uppercase tracking-wide text-muted">Inputs</h2>
      <ul className="flex flex-wrap gap-2">
        {sorted.map((input) => (
          <li key={input.id} className="w-24 space-y-1">
            <a href={`/api/generation-inputs/${input.id}`} target="_blank" rel="noreferrer" className="block">
              {/* eslint-disable-next-line @next/next/no-img-element -- small private thumbnails from our own route */}
              <img
                src={`/api/generation-inputs/${input.id}`}
                alt={input.name}
                width={input.width}
                height={input.height}
                className={`aspect-square w-24 rounded border border-line object-cover ${input.role === "mask" ? "checkerboard" : ""}`}
              />
            </a>
            <p className="truncate text-[11px] text-muted" title={input.name}>
              {input.role === "mask" ? "Mask" : input.index === 0 ? "Base" : `Reference ${input.index}`}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
