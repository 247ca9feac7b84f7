import { CostLabel } from "@/components/generation/cost-label";
import { StatusBadge } from "@/components/generation/status-badge";
import { shownParam } from "@/lib/generations/shown-params";
import type { GenerationView } from "@/lib/views/generation";

const PARAM_LABELS: Record<string, string> = {
  n: "Images",
  size: "Size",
  quality: "Quality",
  background: "Background",
  moderation: "Moderation",
  output_format: "Format",
  output_compression: "Compression",
  stream: "Streamed",
  partial_images: "Partial images",
  input_fidelity: "Input fidelity",
  user: "User id",
  keepOutsideMask: "Keep outside the mask",
  method: "Resize",
  enlarge: "Enlargement",
};

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex justify-between gap-4 py-1.5">
      <dt className="text-muted">{label}</dt>
      <dd className="text-right tabular-nums">{children}</dd>
    </div>
  );
}

/** The facts of one generation: what was asked, what came back, what it cost. */
export function GenerationDetails({ generation: g }: { generation: GenerationView }) {
  const seconds = (ms: number | null) => (ms === null ? "—" : `${(ms / 1000).toFixed(1)} s`);
  const total = g.finishedAt ? new Date(g.finishedAt).getTime() - new Date(g.createdAt).getTime() : null;
  return (
    <dl className="divide-y divide-line text-sm" data-testid="generation-details">
      <Row label="Status">
        <StatusBadge status={g.status} />
      </Row>
      {g.createdByName && <Row label="By">{g.createdByName}</Row>}
      <Row label="Model">{g.kind === "local" ? "none: a local step" : g.model}</Row>
      {Object.entries(g.params)
        .filter(([k]) => k !== "prompt" && k !== "model")
        .map(([k, v]) => (
          <Row key={k} label={PARAM_LABELS[k] ?? k}>
            {shownParam(k, v, g.resolved)}
          </Row>
        ))}
      {g.options && <Row label={PARAM_LABELS.keepOutsideMask!}>{shownParam("keepOutsideMask", g.options.keepOutsideMask, null)}</Row>}
      <Row label="Cost">{g.status === "succeeded" ? <CostLabel generation={g} /> : "—"}</Row>
      {g.usage && (
        <>
          <Row label="Text tokens in">{g.usage.textTokensIn}</Row>
          <Row label="Image tokens in">{g.usage.imageTokensIn}</Row>
          <Row label="Image tokens out">{g.usage.imageTokensOut}</Row>
          {g.usage.textTokensOut > 0 && <Row label="Text tokens out">{g.usage.textTokensOut}</Row>}
        </>
      )}
      <Row label="Provider time">{seconds(g.providerMs)}</Row>
      <Row label="Total time">{seconds(total)}</Row>
      {g.requestId && (
        <Row label="Request id">
          <span className="font-mono text-xs break-all">{g.requestId}</span>
        </Row>
      )}
      {g.errorMessage && (
        <div className="py-2 text-danger" role="alert">
          {g.errorMessage}
        </div>
      )}
    </dl>
  );
}
