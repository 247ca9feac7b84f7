// One request for a generation: a generate or an edit, the provider parameters (sent as they
// are) apart from Fresco's own options (never sent). The action, the upload route, the row
// and the run all hold this; no node-only imports, the browser uses it too.
import { z } from "zod";
import { editParamsSchema, generateParamsSchema } from "@/lib/images/schemas";

export const editOptionsSchema = z.object({
  /** Lay the output over the untouched base outside the mask (only with a mask). */
  keepOutsideMask: z.boolean(),
  /** An enlargement (lib/submissions/enlarge.ts): the output is kept at the size asked, not mapped back to the base's frame. */
  enlarge: z.boolean().optional(),
});
export type EditOptions = z.infer<typeof editOptionsSchema>;

export const generateRequestSchema = z.object({ kind: z.literal("generate"), params: generateParamsSchema });
export const editRequestSchema = z.object({ kind: z.literal("edit"), params: editParamsSchema, options: editOptionsSchema });
export const generationRequestSchema = z.discriminatedUnion("kind", [generateRequestSchema, editRequestSchema]);

export type GenerateRequest = z.infer<typeof generateRequestSchema>;
export type EditRequest = z.infer<typeof editRequestSchema>;
export type GenerationRequest = z.infer<typeof generationRequestSchema>;
export type GenerationKind = GenerationRequest["kind"];

/**
 * A step of the version tree: a provider request, or a local step Fresco made itself without a
 * provider (an enlargement with sharp: params say what was done, the cost is exactly $0).
 */
export type StepKind = GenerationKind | "local";
export const stepKindSchema = z.enum(["generate", "edit", "local"]);

/** How a request is kept on its row: the kind, the provider parameters, the options. */
export interface StoredRequest {
  kind: StepKind;
  params: Record<string, unknown>;
  options: EditOptions | null;
}

const object = z.record(z.string(), z.unknown()).catch({});

// Rows from before options had a column of their own kept keepOutsideMask inside params. Rows
// without any say keep outside the mask: the safe default for a pixel the person did not paint.
const storedRowSchema = z
  .object({ kind: stepKindSchema, params: object, options: editOptionsSchema.nullish().catch(null) })
  .transform(({ kind, params: { keepOutsideMask, ...params }, options }): StoredRequest => {
    if (kind !== "edit") return { kind, params, options: null };
    return { kind, params, options: options ?? { keepOutsideMask: keepOutsideMask !== false } };
  });

/** A row's request as stored, in either shape, without judging its parameters (for views). */
export function readStoredRequest(row: { kind: string; params: unknown; options: unknown }): StoredRequest {
  return storedRowSchema.parse(row);
}

/** A row's request checked against today's rules, for running it. Throws when it no longer passes (a local step never runs). */
export function parseStoredRequest(row: { kind: string; params: unknown; options: unknown }): GenerationRequest {
  return generationRequestSchema.parse(readStoredRequest(row));
}

/** The columns a request is written to (Prisma's JSON columns take plain JSON). */
export function toStoredColumns(request: GenerationRequest) {
  return {
    kind: request.kind,
    model: request.params.model,
    prompt: request.params.prompt,
    // Parsed params are plain JSON; undefined optional fields are dropped by JSON itself.
    params: JSON.parse(JSON.stringify(request.params)) as Record<string, string | number | boolean>,
    options: request.kind === "edit" ? request.options : undefined,
  };
}
