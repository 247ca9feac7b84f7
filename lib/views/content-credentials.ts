// An image's content credentials as Fresco keeps them (Image.credentials) and as the detail
// page shows them, with the plain words for each validation state. Shared by server and browser.
import { z } from "zod";
import { contentCredentialsSchema, type ContentCredentials, type CredentialState } from "@/lib/images/credentials-schema";

/** What Image.credentials holds: read once, when the files are stored (or first shown). */
export const storedCredentialsSchema = z.object({
  /** What the file people see and download carries. */
  file: contentCredentialsSchema,
  /** For a file Fresco derived from the provider's output: what that raw output carries. */
  raw: contentCredentialsSchema.nullable(),
});
export type StoredCredentials = z.infer<typeof storedCredentialsSchema>;

/** One image's panel: its credentials, and whether Fresco re-made the file from the provider's. */
export const credentialsPanelSchema = z.object({
  imageId: z.string().min(1),
  index: z.number().int().nonnegative(),
  /** composite: laid over the base with the soft mask; mapped: fitted back into the base's frame. */
  derived: z.enum(["composite", "mapped"]).nullable(),
  credentials: storedCredentialsSchema,
});
export type CredentialsPanel = z.infer<typeof credentialsPanelSchema>;

/** An edit's image input (an upload, or a gallery image it started from) and what it carries. */
export const inputCredentialsSchema = z.object({
  inputId: z.string().min(1),
  /** 0 is the base; references follow. */
  index: z.number().int().nonnegative(),
  name: z.string(),
  credentials: contentCredentialsSchema,
});
export type InputCredentials = z.infer<typeof inputCredentialsSchema>;

/** Everything the detail page's panel shows: each output image, and an edit's image inputs. */
export const generationCredentialsSchema = z.object({
  images: z.array(credentialsPanelSchema),
  inputs: z.array(inputCredentialsSchema),
});
export type GenerationCredentials = z.infer<typeof generationCredentialsSchema>;

/** The derivation's kind from Image.derivation, or null for the provider's own file. */
export function derivedKind(derivation: unknown): CredentialsPanel["derived"] {
  const kind = (derivation as { kind?: unknown } | null)?.kind;
  return kind === "composite" || kind === "mapped" ? kind : null;
}

/**
 * The validation state in words a person can act on. An untrusted chain never reads as
 * "verified by" anyone: the certificate's organization is only what the certificate claims.
 */
export function stateInWords(c: ContentCredentials): { title: string; detail: string } {
  const who = c.issuer ?? c.signer ?? "an unnamed signer";
  const words: Record<CredentialState, { title: string; detail: string }> = {
    trusted: {
      title: "Signed and intact",
      detail: `Signed by ${who}, whose certificate chains to an authority this server trusts; the file is unchanged since.`,
    },
    valid: {
      title: "Intact, signer not verified",
      detail: `The file is unchanged since it was signed. The certificate names ${who}, but it is not on this server's trust list, so who signed it is not confirmed.`,
    },
    invalid: {
      title: "Does not match the file",
      detail: "The file has a manifest, but the file was changed after it was signed (or the signature is broken): its claims cannot be relied on.",
    },
    none: { title: "None", detail: "This file carries no content credentials." },
    unreadable: { title: "Unreadable", detail: "This file could not be read for content credentials." },
  };
  return words[c.state];
}
