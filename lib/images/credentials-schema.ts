// What an image's content credentials (C2PA) say, as Fresco keeps and shows them: the reader
// (content-credentials.ts) makes it, the Image row keeps it, the detail page shows it.
import { z } from "zod";

/**
 * trusted: intact, and the signer's chain reaches an anchor this server was given.
 * valid: intact, but the signer is not on this server's trust list (who signed is unconfirmed).
 * invalid: a manifest that does not match the file (altered after signing) or is broken.
 * none: no manifest. unreadable: not an image this reader knows, or a manifest it cannot parse.
 */
export const credentialStateSchema = z.enum(["trusted", "valid", "invalid", "none", "unreadable"]);
export type CredentialState = z.infer<typeof credentialStateSchema>;

const text = z.string().nullable();

export const credentialActionSchema = z.object({ action: z.string(), softwareAgent: text, when: text });
export type CredentialAction = z.infer<typeof credentialActionSchema>;

export const contentCredentialsSchema = z.object({
  state: credentialStateSchema,
  /** The signing certificate's organization (O=), as the certificate states it. */
  issuer: text,
  /** The signing certificate's common name (CN=). */
  signer: text,
  claimGenerator: text,
  madeWithAi: z.boolean(),
  actions: z.array(credentialActionSchema),
  /** c2pa-rs's validation codes, e.g. signingCredential.untrusted, assertion.dataHash.mismatch. */
  problems: z.array(z.string()),
});
export type ContentCredentials = z.infer<typeof contentCredentialsSchema>;
