"use client";

// Keeps a panel's parameters within the chosen provider's limits (lib/provider/limits.ts, the
// rules the server checks too) and gives the model as that provider serves it.
import { useEffect, useRef } from "react";
import { getModel, type ImageModel, type ModelId } from "@/lib/images/models";
import { conformToProvider, narrowModel, type ProviderChoice, type ProviderParams } from "@/lib/provider/limits";

export function useProviderFit<T extends ProviderParams>(params: T, provider: ProviderChoice, patch: (changes: Partial<T>) => void): ImageModel {
  // Repaired once per change (a model rule that undid the repair would otherwise loop).
  const lastFit = useRef("");
  useEffect(() => {
    const fitted = conformToProvider(params, provider);
    const key = JSON.stringify(fitted);
    if (key === JSON.stringify(params) || key === lastFit.current) return;
    lastFit.current = key;
    patch({ ...fitted, output_compression: fitted.output_compression });
  }, [params, provider, patch]);
  return narrowModel(getModel(params.model as ModelId), provider.limits);
}
