// Reads an image's content credentials (its C2PA manifest): who signed it, whether the file is
// still what was signed, whether an AI model made it and what was done to it. Offline only: no
// OCSP, no remote manifests. Never throws on bad bytes: an unreadable file is a state too.
import "server-only";
import { WasmReader } from "@contentauth/c2pa-wasm";
import { z } from "zod";
import { c2paSettings, loadC2pa } from "@/lib/c2pa/wasm";
import { env } from "@/lib/env";
import { credentialStateSchema, type ContentCredentials } from "./credentials-schema";
import { mimeType, sniffFormat } from "./sniff";

const nothing = { issuer: null, signer: null, claimGenerator: null, madeWithAi: false, actions: [] };
const none = (): ContentCredentials => ({ state: "none", ...nothing, problems: [] });
const unreadable = (why: string): ContentCredentials => ({ state: "unreadable", ...nothing, problems: [why] });

// IPTC digital source types for media a trained model made, alone or as part of a composite.
const AI_SOURCE = /\/(compositeWith)?trainedAlgorithmicMedia$/;

/** Trust anchors: the ones given, else FRESCO_C2PA_TRUST_ANCHORS's, else none (docs/content-credentials.md). */
export async function readContentCredentials(bytes: Uint8Array, opts: { trustAnchorsPem?: string } = {}): Promise<ContentCredentials> {
  const format = sniffFormat(bytes);
  if (!format) return unreadable("Not a PNG, JPEG or WebP file.");
  loadC2pa();
  let reader: WasmReader;
  try {
    reader = await WasmReader.fromBytes(mimeType(format), new Uint8Array(bytes), c2paSettings(opts.trustAnchorsPem ?? env().FRESCO_C2PA_TRUST_ANCHORS));
  } catch (err) {
    // JumbfNotFound: the file has no manifest at all. Anything else: one we could not parse.
    return String(err).includes("JumbfNotFound") ? none() : unreadable(String(err).slice(0, 200));
  }
  try {
    return summarize(reader.manifestStore(), reader.activeManifest());
  } catch (err) {
    return unreadable(String(err).slice(0, 200));
  } finally {
    reader.free();
  }
}

// The library's manifest JSON, only as far as we read it; zod keeps a surprise from becoming a crash.
const agent = z.union([z.string(), z.object({ name: z.string() }).transform((a) => a.name)]);
const actionsAssertion = z.object({
  label: z.string().regex(/^c2pa\.actions(\.v\d+)?$/),
  data: z.object({
    actions: z.array(
      z.object({ action: z.string(), softwareAgent: agent.optional(), when: z.string().optional(), digitalSourceType: z.string().optional() }),
    ),
  }),
});
const manifestSchema = z.object({
  claim_generator: z.string().optional(),
  claim_generator_info: z.array(z.object({ name: z.string(), version: z.string().optional() })).optional(),
  signature_info: z.object({ issuer: z.string().optional(), common_name: z.string().optional() }).optional(),
  assertions: z.array(z.unknown()).optional(),
});
const storeSchema = z.object({
  validation_state: z.string().optional(),
  validation_status: z.array(z.object({ code: z.string() })).optional(),
  manifests: z.record(z.string(), manifestSchema).optional(),
});

const actionsOf = (manifest: z.infer<typeof manifestSchema>) =>
  (manifest.assertions ?? []).flatMap((a) => actionsAssertion.safeParse(a).data?.data.actions ?? []);

function summarize(rawStore: unknown, rawActive: unknown): ContentCredentials {
  const store = storeSchema.parse(rawStore);
  const active = manifestSchema.parse(rawActive);
  const state = credentialStateSchema.safeParse(store.validation_state?.toLowerCase()).data;
  if (!state) return unreadable(`Unknown validation state ${store.validation_state}.`);
  const generators = (active.claim_generator_info ?? []).map((g) => [g.name, g.version].filter(Boolean).join(" "));
  return {
    state,
    issuer: active.signature_info?.issuer ?? null,
    signer: active.signature_info?.common_name ?? null,
    claimGenerator: generators.join(", ") || active.claim_generator || null,
    // Every manifest, not only the active one: when another tool signs on top of a model's
    // output, the model's "created" action sits in the ingredient's manifest.
    madeWithAi: Object.values(store.manifests ?? {}).some((m) => actionsOf(m).some((a) => AI_SOURCE.test(a.digitalSourceType ?? ""))),
    actions: actionsOf(active).map((a) => ({ action: a.action, softwareAgent: a.softwareAgent ?? null, when: a.when ?? null })),
    problems: (store.validation_status ?? []).map((s) => s.code),
  };
}
