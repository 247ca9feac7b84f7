// Providers as the settings forms and the actions read them: one schema per form, shared by
// both, and the shape a page may show (never the key: only its last four characters).
import { z } from "zod";
import { MODEL_IDS } from "@/lib/images/models";
import { PRESET_IDS, type PresetId } from "@/lib/provider/presets";

/** What settings pages and panels may see: never the key, only its last four characters. */
export interface ProviderRow {
  id: string;
  name: string;
  preset: PresetId;
  baseURL: string;
  keyLast4: string;
  models: string[];
  isDefault: boolean;
}

export const providerIdSchema = z.string().min(1).max(64);

const name = z
  .string({ error: "Give the provider a name." })
  .trim()
  .min(1, "Give the provider a name.")
  .max(60, "A provider name is at most 60 characters.");

const baseURL = z
  .string({ error: "Give the provider's base URL." })
  .trim()
  .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), "Write the base URL as http(s)://host/v1, for example https://api.cometapi.com/v1.")
  .transform((v) => v.replace(/\/+$/, ""));

const key = z.string().trim().min(8, "Paste the provider's API key (at least 8 characters).").max(400, "That key is too long to be an API key.");

const models = z
  .array(z.enum(MODEL_IDS, { error: "Choose models from the list." }))
  .min(1, "Choose at least one model this provider serves.");

export const addProviderSchema = z.object({ name, preset: z.enum(PRESET_IDS, { error: "Choose a preset." }), baseURL, key, models });

/** Editing: a blank key keeps the stored one. */
export const updateProviderSchema = z.object({
  providerId: providerIdSchema,
  name,
  baseURL,
  key: z.union([z.literal(""), key]).optional(),
  models,
});

export type { ConnectionReport } from "@/lib/provider/connection-report";
