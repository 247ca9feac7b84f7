"use client";

// "Use the mask from this edit": loads the mask a past edit was drawn with (kept with the edit
// as data) into the editor as one undoable step, scaled to the open image if its size differs.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { parseMask, restoredCoverage } from "@/lib/canvas/mask-state";
import type { MaskState } from "@/lib/canvas/model";
import type { MaskAction } from "@/lib/canvas/reducer";

export function RestoreMaskButton(props: {
  generationId: string;
  mask: MaskState;
  dispatch: (a: MaskAction) => void;
  onError: (message: string) => void;
}) {
  const [busy, setBusy] = useState(false);
  const { generationId, mask, dispatch, onError } = props;

  async function restore() {
    setBusy(true);
    try {
      const res = await fetch(`/api/generations/${encodeURIComponent(generationId)}`);
      if (!res.ok) return onError("That edit was not found in this team.");
      const body = (await res.json()) as { maskState?: unknown };
      if (!body.maskState) return onError("That edit kept no mask to restore: it was made without one, or before masks were kept.");
      dispatch({ type: "load", coverage: restoredCoverage(parseMask(body.maskState), mask.width, mask.height) });
    } catch (err) {
      onError(err instanceof Error && err.message.startsWith("The saved mask") ? err.message : "The mask could not be restored. Try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex items-center justify-between gap-2 border-b border-line px-4 py-2 text-sm text-muted">
      The mask a past edit was drawn with can be used again here.
      <Button data-testid="restore-mask" disabled={busy} onClick={() => void restore()}>
        Use the mask from this edit
      </Button>
    </div>
  );
}
