import { formatUsd } from "@/lib/images/cost";
import type { GenerationView } from "@/lib/generations/view";

/** The cost of a finished generation; "unknown" (never $0) when the provider sent no usage. */
export function CostLabel({ generation }: { generation: GenerationView }) {
  if (generation.status !== "succeeded") return null;
  if (generation.costUsd === null) {
    return (
      <span data-testid="cost" className="text-warning" title="The provider returned no token usage, so the cost is unknown.">
        cost unknown
      </span>
    );
  }
  const u = generation.usage;
  const detail = u
    ? `${u.textTokensIn} text in · ${u.imageTokensIn} image in · ${u.imageTokensOut} image out tokens`
    : undefined;
  return (
    <span data-testid="cost" className="tabular-nums" title={detail}>
      {formatUsd(generation.costUsd)}
    </span>
  );
}
