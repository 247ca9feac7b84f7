// How review dates and states read. Rendered on the server and again in the browser: a fixed
// locale and zone keep both equal.
import type { ReviewState } from "@/lib/views/review-states";

const WHEN = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export const formatWhen = (iso: string) => WHEN.format(new Date(iso));

export const STATE_TONE: Record<ReviewState, string> = {
  draft: "border-line text-muted",
  in_review: "border-warning/50 bg-warning/10 text-warning",
  approved: "border-success/50 bg-success/10 text-success",
  rejected: "border-danger/50 bg-danger/10 text-danger",
};
