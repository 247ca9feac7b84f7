import { Toggletip } from "@/components/ui/toggletip";
import { formatUsd } from "@/lib/images/cost";
import type { GenerationView } from "@/lib/views/generation";

/** The cost of a finished generation, split by click, tap or keyboard; "unknown" (never $0) without usage or a price. */
export function CostLabel({ generation }: { generation: GenerationView }) {
  if (generation.status !== "succeeded") return null;
  if (generation.costUsd === null) {
    return (
      <Toggletip label="cost unknown" ariaLabel="Cost unknown: why" align="end" className="text-warning" data-testid="cost">
        The provider returned no token usage, or this model has no price yet, so the cost is unknown.
      </Toggletip>
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
  const total = formatUsd(generation.costUsd);
  if (!detail) {
    return (
      <span data-testid="cost" className="tabular-nums">
        {total}
      </span>
    );
  }
  return (
    <Toggletip label={total} ariaLabel={`Cost ${total}: split`} align="end" className="tabular-nums" data-testid="cost">
      {detail}
    </Toggletip>
  );
}
