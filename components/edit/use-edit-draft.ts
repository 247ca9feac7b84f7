"use client";

// The edit panel's draft (prompt, parameters, "keep outside the mask"), held by the page so it
// can be cached across a remount and saved with the working state.
import { useState } from "react";
import type { EditDraft } from "./edit-state-cache";
import { useEditParams } from "./use-edit-params";

export function useEditDraft(start: EditDraft) {
  const { params, set, patch } = useEditParams(start.params);
  const [prompt, setPrompt] = useState(start.prompt);
  const [keepOutside, setKeepOutside] = useState(start.keepOutside);
  return { params, set, patch, prompt, setPrompt, keepOutside, setKeepOutside };
}

export type EditDraftState = ReturnType<typeof useEditDraft>;
