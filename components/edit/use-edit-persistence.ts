"use client";

// Keeps the edit page's work for this tab and beyond it: in the tab's cache on every change
// (a remount starts from it), in the saved working state as the person works, and in the
// address, which names the base (/studio/edit?image=…) so a reload returns to it. An uploaded
// base has no id: the address is then /studio/edit.
import { useEffect } from "react";
import { useWorkingStateSaver } from "@/components/studio/use-working-state-saver";
import type { SavedEdit } from "@/lib/views/working-state";
import { cacheEdit, type EditDraft } from "./edit-state-cache";
import { maskSnapshot } from "./mask-snapshot";

export function useEditPersistence(key: string, draft: EditDraft, canSave: boolean) {
  const { images, mask, prompt, params, keepOutside } = draft;
  const base = images[0];
  const baseImageId = base?.kind === "image" ? base.imageId : undefined;

  useEffect(() => {
    cacheEdit(key, { images, mask, prompt, params, keepOutside });
  }, [key, images, mask, prompt, params, keepOutside]);

  useEffect(() => {
    if (!base) return;
    const url = new URL(window.location.href);
    if (url.searchParams.get("image") === (baseImageId ?? null)) return;
    if (baseImageId) url.searchParams.set("image", baseImageId);
    else url.searchParams.delete("image");
    // ?mask= named an edit whose mask fits the previous base; the page works it out afresh.
    url.searchParams.delete("mask");
    // Next.js keeps useSearchParams in step with the native history calls.
    window.history.replaceState(null, "", url);
  }, [base, baseImageId]);

  useWorkingStateSaver(
    "edit",
    [images, mask, prompt, params, keepOutside],
    (): SavedEdit => ({
      ...(baseImageId && { baseImageId }),
      referenceImageIds: images.slice(1).flatMap((i) => (i.kind === "image" ? [i.imageId] : [])),
      prompt,
      params,
      options: { keepOutsideMask: keepOutside },
      ...(baseImageId && mask.shapes.length > 0 && { mask: maskSnapshot(mask) }),
    }),
    canSave,
  );
}
