import { formatUsd } from "@/lib/images/cost";
import type { GenerationView } from "@/lib/views/generation";

/** The cost of a finished generation, split on hover; "unknown" (never $0) without usage or a price. */
export function CostLabel({ generation }: { generation: GenerationView }) {
  if (generation.status !== "succeeded") return null;
  if (generation.costUsd === null) {
    return (
      <span data-testid="cost" className="text-warning" title="The provider returned no token usage, or this model has no price yet, so the cost is unknown.">
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
          usage.textTokensOut > 0 ? `Text out: ${formatUsd(cost.textOut)} (${usage.textTokensOut} tokens)` : "",
        ]
          .filter(Boolean)
          .join("\n")
      : undefined;
  return (
    <span data-testid="cost" className="tabular-nums" title={detail}>
      {formatUsd(generation.costUsd)}
    </span>
  );
}
