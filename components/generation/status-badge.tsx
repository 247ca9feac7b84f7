import type { GenerationStatus } from "@/lib/generations/status";

const STYLES: Record<GenerationStatus, { label: string; className: string }> = {
  queued: { label: "Queued", className: "text-muted border-line" },
  running: { label: "Rendering", className: "text-accent border-accent/40" },
  succeeded: { label: "Done", className: "text-success border-success/40" },
  failed: { label: "Failed", className: "text-danger border-danger/40" },
  canceled: { label: "Canceled", className: "text-muted border-line" },
  interrupted: { label: "Interrupted", className: "text-warning border-warning/40" },
};

export function StatusBadge({ status, position }: { status: GenerationStatus; position?: number }) {
  const style = STYLES[status];
  return (
    <span data-testid="status" data-status={status} className={`rounded-full border px-2 py-px text-xs ${style.className}`}>
      {status === "queued" && position ? `Queued · #${position}` : style.label}
    </span>
  );
}
