// A form's parameters kept valid as they change, for generations and edits alike: every model
// rule the schema checks is repaired by the same rule (lib/images/model-rules.ts); on top, the
// form's own preference that JPEG and WebP start at compression 90.
import { conform, type RuledParams } from "@/lib/images/model-rules";
import type { Endpoint } from "@/lib/images/models";

export function normalizeCommon<T extends RuledParams>(p: T, endpoint: Endpoint): T {
  const next = conform(p, endpoint);
  if (next.output_format !== "png") next.output_compression ??= 90;
  return next;
}
