"use client";

// What result cards need from the page around them: prices for estimates, and what the
// person may do. Pages without it (read-only places) get cards without actions.
import { createContext, useContext } from "react";
import type { PriceRates } from "@/lib/images/cost";
import type { ModelId } from "@/lib/images/models";
import type { GenerationView, ImageView } from "@/lib/views/generation";
import type { CurrentProject } from "@/lib/views/project";

export interface StudioContextValue {
  prices: Partial<Record<ModelId, PriceRates>>;
  canGenerate: boolean;
  /** Cancel and delete apply to one's own work unless one may act on anyone's. */
  userId: string;
  canActOnAll: boolean;
  /** The project new work goes into (a refinement goes into its parent's instead). */
  project?: CurrentProject;
  /** Adds a generation started from a card (a re-run) to the live list. */
  onQueued: (generation: GenerationView) => void;
  /** On the edit page, "Edit this" swaps the base in place instead of opening the editor. */
  onEditImage?: (image: ImageView, prompt: string) => void;
}

const StudioContext = createContext<StudioContextValue | null>(null);

export const StudioProvider = StudioContext.Provider;

export function useStudio(): StudioContextValue | null {
  return useContext(StudioContext);
}
