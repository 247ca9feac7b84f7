"use client";

import { Terminal } from "lucide-react";
import { toast } from "sonner";
import { generationCurl } from "@/lib/images/curl";
import type { GenerateParams } from "@/lib/images/schemas";

/** Copies the exact request as a curl command, with the key left as $OPENAI_API_KEY. */
export function CopyCurlButton({ params, baseURL }: { params: GenerateParams; baseURL: string }) {
  async function copy() {
    const curl = generationCurl(params, baseURL);
    try {
      await navigator.clipboard.writeText(curl);
      toast.success("Copied the request as curl (the key is left out)");
    } catch {
      // Clipboard access needs a secure context or permission: show it to copy by hand.
      window.prompt("Copy the request:", curl);
    }
  }
  return (
    <button type="button" onClick={copy} className="inline-flex items-center gap-1 text-xs text-muted hover:text-fg" data-testid="copy-curl">
      <Terminal className="size-3.5" aria-hidden /> Copy as curl
    </button>
  );
}
