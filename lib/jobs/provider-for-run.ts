// Which provider a generation is sent to: the team's provider it was submitted for (its key
// opened only now, at call time), else the environment's default (lib/provider/settings.ts).
import "server-only";
import { decryptKey } from "@/lib/auth/provider-keys";
import { providerForRun } from "@/lib/db/providers";
import { env } from "@/lib/env";
import { PRESETS, wireCompression, type PresetLimits } from "@/lib/provider/presets";
import { providerSettings, type ProviderSettings } from "@/lib/provider/settings";

export interface RunProvider extends ProviderSettings {
  limits: PresetLimits;
}

export async function providerForGeneration(row: { teamId: string; providerId: string | null }): Promise<RunProvider> {
  if (!row.providerId) return { ...(await providerSettings()), limits: { compression: "openai" } };
  const p = await providerForRun({ teamId: row.teamId, providerId: row.providerId });
  const preset = PRESETS[p.preset] ?? PRESETS.custom;
  return {
    mode: "remote",
    label: p.name,
    priceProvider: preset.priceProvider,
    baseURL: p.baseURL,
    apiKey: decryptKey(p.keyCiphertext),
    timeoutMs: env().FRESCO_PROVIDER_TIMEOUT_MS,
    limits: preset.limits,
  };
}

/** The parameters as this provider reads them: compression in its own meaning, `auto` as its default size (presets.ts). */
export function paramsForProvider<T extends { output_compression?: number; size?: string }>(params: T, limits: PresetLimits): T {
  const next = { ...params };
  // A provider with a documented default size gets it for `auto`.
  if (next.size === "auto" && limits.defaultSize) next.size = limits.defaultSize;
  if (next.output_compression !== undefined) next.output_compression = wireCompression(next.output_compression, limits);
  return next;
}
