// The C2PA library (c2pa-rs built to wasm) made ready once per process, and the settings every
// read and sign passes to it. Shared by the reader (lib/images) and the emulator's signer.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { initSync } from "@contentauth/c2pa-wasm";

let ready = false;

/**
 * Compiles the 9 MB wasm the first time it is needed (about 100 ms), from the package on disk:
 * never fetched, so it works offline, in vitest and in the built server. The package is resolved
 * with Node's own resolver at run time, hidden from the bundler: Turbopack rewrites
 * require.resolve() into a module id, and a literal `.wasm` import would make it compile the file.
 */
export function loadC2pa(): void {
  if (ready) return;
  const nodeRequire = createRequire(/* turbopackIgnore: true */ path.join(process.cwd(), "noop.js"));
  const dir = path.dirname(nodeRequire.resolve(/* turbopackIgnore: true */ "@contentauth/c2pa-wasm/package.json"));
  initSync({ module: readFileSync(path.join(dir, "pkg", "c2pa_bg.wasm")) });
  ready = true;
}

/**
 * c2pa-rs settings, as it reads them (snake_case). Fresco never goes to the network for
 * provenance: no OCSP, no remote manifests. A chain is "trusted" only when it reaches one of
 * the anchors given here (PEM text); without any, an intact manifest reads "valid".
 */
export function c2paSettings(trustAnchorsPem?: string): string {
  return JSON.stringify({
    verify: { ocsp_fetch: false, remote_manifest_fetch: false },
    ...(trustAnchorsPem ? { trust: { user_anchors: trustAnchorsPem } } : {}),
  });
}
