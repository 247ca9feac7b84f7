// Inputs of the price-table actions: one schema for the form and the server action.
import { z } from "zod";
import { MODEL_IDS } from "@/lib/images/models";
import { priceRatesSchema } from "@/lib/images/prices";

/** "2026-12-01": the day a row takes effect, from 00:00 UTC. */
export const effectiveDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter the date it takes effect, like 2026-12-01.")
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), "That date does not exist.");

export const effectiveAt = (day: string) => new Date(`${day}T00:00:00Z`);

export const addPriceRowSchema = z.object({
  provider: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "Name the provider in lower case, like openai or cometapi."),
  model: z.enum(MODEL_IDS, "Choose one of the listed models."),
  effectiveFrom: effectiveDateSchema,
  rates: priceRatesSchema,
});

export const applyPricePresetSchema = z.object({
  preset: z.enum(["openai", "cometapi"], "Choose one of the listed price lists."),
  effectiveFrom: effectiveDateSchema,
});
