import { formatUsd } from "@/lib/images/cost";
import type { GenerationView } from "@/lib/views/generation";

/** The cost of a finished generation, split on hover; "unknown" (never $0) when the provider sent no usage. */
export function CostLabel({ generation }: { generation: GenerationView }) {
  if (generation.status !== "succeeded") return null;
  if (generation.costUsd === null) {
    return (
      <span data-testid="cost" className="text-warning" title="The provider returned no token usage, so the cost is unknown.">
        cost unknown
      </span>
    );
  }
  const { cost, usage } = generation;
  const detail =
    cost && usage
      ? [
          `Text in: ${formatUsd(cost.textIn)} (${usage.textTokensIn} tokens)`,
          `Image in: ${formatUsd(cost.imageIn)} (${usage.imageTokensIn} tokens)`,
          `Image out: ${formatUsd(cost.imageOut)} (${usage.imageTokensOut} tokens)`,
        ].join("\n")
      : undefined;
  return (
    <span data-testid="cost" className="tabular-nums" title={detail}>
      {formatUsd(generation.costUsd)}
    </span>
  );
}
