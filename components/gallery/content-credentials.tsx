// The "Content credentials" panel of an image's page: what its C2PA manifest says (issuer,
// signer, made with AI, the actions) and how far to rely on it, in plain words. A file Fresco
// re-made from the provider's output says so, and shows what the provider's own file carries.
// An edit also lists what its image inputs carry (an upload usually carries none).
import { BadgeCheck, Sparkles } from "lucide-react";
import type { ContentCredentials } from "@/lib/images/credentials-schema";
import { stateInWords, type CredentialsPanel, type GenerationCredentials } from "@/lib/views/content-credentials";

const ACTION_WORDS: Record<string, string> = {
  "c2pa.created": "Created",
  "c2pa.edited": "Edited",
  "c2pa.opened": "Opened",
  "c2pa.placed": "Placed",
  "c2pa.converted": "Converted",
  "c2pa.resized": "Resized",
  "c2pa.color_adjustments": "Colour adjusted",
};

const DERIVED_WORDS: Record<NonNullable<CredentialsPanel["derived"]>, string> = {
  composite: "Fresco laid the provider's output over your base outside the mask and saved a new file",
  mapped: "Fresco fitted the provider's output back into your base's frame and saved a new file",
};

const tones: Partial<Record<ContentCredentials["state"], string>> = {
  trusted: "bg-success/15 text-success",
  valid: "bg-raised",
  invalid: "bg-danger/15 text-danger",
};

// Label above value: names and agents run long in a narrow side panel.
function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="py-1.5">
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  );
}

function Manifest({ c }: { c: ContentCredentials }) {
  const words = stateInWords(c);
  const hasManifest = c.state !== "none" && c.state !== "unreadable";
  return (
    <div className="space-y-2">
      <p className="flex flex-wrap items-center gap-2">
        <span
          data-testid="credentials-state"
          data-state={c.state}
          className={`inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-medium ${tones[c.state] ?? "bg-raised text-muted"}`}
        >
          {c.state === "trusted" && <BadgeCheck className="size-3.5" aria-hidden />}
          {words.title}
        </span>
        {c.madeWithAi && (
          <span data-testid="made-with-ai" className="inline-flex items-center gap-1 rounded bg-accent/15 px-1.5 py-0.5 text-xs font-medium text-accent">
            <Sparkles className="size-3.5" aria-hidden /> Made with AI
          </span>
        )}
      </p>
      <p className="text-xs text-muted">{words.detail}</p>
      {hasManifest && (
        <dl className="divide-y divide-line text-sm">
          {c.issuer && <Row label={c.state === "trusted" ? "Issuer" : "Issuer (as the certificate names it)"}>{c.issuer}</Row>}
          {c.signer && <Row label="Signer">{c.signer}</Row>}
          {c.claimGenerator && <Row label="Written by">{c.claimGenerator}</Row>}
          {c.actions.length > 0 && (
            <Row label="Actions">
              <ul data-testid="credentials-actions">
                {c.actions.map((a, i) => (
                  <li key={i}>
                    {ACTION_WORDS[a.action] ?? a.action}
                    {a.softwareAgent && <> by {a.softwareAgent}</>}
                    {a.when && <span className="text-muted"> · {new Date(a.when).toLocaleString()}</span>}
                  </li>
                ))}
              </ul>
            </Row>
          )}
        </dl>
      )}
    </div>
  );
}

export function ContentCredentialsPanel({ credentials: { images: panels, inputs } }: { credentials: GenerationCredentials }) {
  if (panels.length === 0 && inputs.length === 0) return null;
  return (
    <section aria-labelledby="content-credentials-title" className="space-y-3 border-t border-line pt-3" data-testid="content-credentials">
      <h2 id="content-credentials-title" className="text-xs font-medium uppercase tracking-wide text-muted">
        Content credentials
      </h2>
      {panels.map((p) => (
        <div key={p.imageId} className="space-y-2" data-testid="credentials-image">
          {panels.length > 1 && <h3 className="text-xs text-muted">Image {p.index + 1}</h3>}
          {p.derived && p.credentials.raw ? (
            <>
              {p.credentials.file.state === "none" ? (
                <p className="text-sm" data-testid="credentials-derived">
                  {DERIVED_WORDS[p.derived]}, so this file no longer carries the provider&apos;s content credentials.
                </p>
              ) : (
                <Manifest c={p.credentials.file} />
              )}
              <p className="text-sm">The provider&apos;s own file is kept byte for byte, and carries:</p>
              <Manifest c={p.credentials.raw} />
              <a
                href={`/api/images/${p.imageId}?variant=raw&download=1`}
                className="inline-flex text-sm text-accent hover:underline"
                data-testid="download-raw"
              >
                Download the provider&apos;s file, credentials intact
              </a>
            </>
          ) : (
            <Manifest c={p.credentials.file} />
          )}
        </div>
      ))}
      {inputs.length > 0 && (
        <div className="space-y-2" data-testid="credentials-inputs">
          <h3 className="text-xs text-muted">What this edit started from</h3>
          {inputs.map((input) => (
            <div key={input.inputId} className="space-y-1" data-testid="credentials-input">
              <p className="truncate text-sm" title={input.name}>
                {input.index === 0 ? "Base" : `Reference ${input.index}`} · <span className="text-muted">{input.name}</span>
              </p>
              <Manifest c={input.credentials} />
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
