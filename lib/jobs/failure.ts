// The sentence stored with a failed or canceled run: the provider error's own sentence, plus
// what Fresco did about it (retries) and what it means for the bill.
import type { ProviderError } from "@/lib/images/errors";

export function failureSentence(err: ProviderError): string {
  if (err.code === "canceled") {
    return "Canceled while the provider was working. It may already have billed the request, so the cost is unknown.";
  }
  const n = err.retries;
  if (n === 0) return err.message;
  const times = `retried ${n} time${n === 1 ? "" : "s"}`;
  // "Rate limited by the provider — try again in 40 s." → "… — retried 2 times; try again in 40 s."
  if (err.message.includes(" — try again")) return err.message.replace(" — try again", ` — ${times}; try again`);
  return `${err.message} (Fresco ${times}.)`;
}
