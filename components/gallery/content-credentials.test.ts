// What the panel says, as a person reads it: an untrusted signer is never "verified", a
// composite says it no longer carries the credentials, a file without any says "None".
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ContentCredentials } from "@/lib/images/credentials-schema";
import type { CredentialsPanel, InputCredentials } from "@/lib/views/content-credentials";
import { ContentCredentialsPanel } from "./content-credentials";

// A manifest whose certificate names OpenAI, on a chain this server was given no anchor for.
const openAi: ContentCredentials = {
  state: "valid",
  issuer: "OpenAI",
  signer: "Example signer",
  claimGenerator: "Example generator",
  madeWithAi: true,
  actions: [{ action: "c2pa.created", softwareAgent: "gpt-image-1", when: null }],
  problems: ["signingCredential.untrusted"],
};
const none: ContentCredentials = { state: "none", issuer: null, signer: null, claimGenerator: null, madeWithAi: false, actions: [], problems: [] };

const text = (panel: Omit<CredentialsPanel, "imageId" | "index">, inputs: InputCredentials[] = []) =>
  renderToStaticMarkup(createElement(ContentCredentialsPanel, { credentials: { images: [{ imageId: "img1", index: 0, ...panel }], inputs } }))
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&apos;/g, "'")
    .replace(/\s+/g, " ");

describe("the content credentials panel", () => {
  it("shows an untrusted signer's manifest without calling it verified", () => {
    const shown = text({ derived: null, credentials: { file: openAi, raw: null } });
    expect(shown).toContain("Intact, signer not verified");
    expect(shown).toContain("Made with AI");
    expect(shown).toContain("Issuer (as the certificate names it) OpenAI");
    expect(shown).toContain("Created by gpt-image-1");
    expect(shown).toContain("not on this server's trust list");
    expect(shown).not.toMatch(/verified by|Signed and intact/i);
  });

  it("says a trusted signer's file is signed and intact", () => {
    const shown = text({ derived: null, credentials: { file: { ...openAi, state: "trusted", problems: [] }, raw: null } });
    expect(shown).toContain("Signed and intact");
    expect(shown).toContain("Issuer OpenAI");
  });

  it("says a composite no longer carries them, what the provider's own file carries, and None for the uploaded base", () => {
    const shown = text({ derived: "composite", credentials: { file: none, raw: openAi } }, [{ inputId: "in1", index: 0, name: "holiday.png", credentials: none }]);
    expect(shown).toContain("so this file no longer carries the provider's content credentials");
    expect(shown).toContain("The provider's own file is kept byte for byte, and carries:");
    expect(shown).toContain("Made with AI");
    expect(shown).toContain("What this edit started from Base · holiday.png None This file carries no content credentials.");
  });

  it("says None for a file without a manifest, and warns when the file no longer matches its manifest", () => {
    expect(text({ derived: null, credentials: { file: none, raw: null } })).toContain("None This file carries no content credentials.");
    expect(text({ derived: null, credentials: { file: { ...openAi, state: "invalid" }, raw: null } })).toContain("Does not match the file");
  });
});
