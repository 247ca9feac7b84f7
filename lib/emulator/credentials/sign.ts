// Puts a C2PA manifest into the emulator's final images, as OpenAI's images carry one: signed
// with the test chain in this folder (make-certs.sh), saying an AI model made the picture. Only
// the emulator signs; Fresco itself only reads (lib/images/content-credentials.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import { WasmBuilder } from "@contentauth/c2pa-wasm";
import { c2paSettings, loadC2pa } from "../../c2pa/wasm";
import { MIME } from "../encode";
import type { OutputFormat } from "../params";
import { coseSigner, type CoseSigner } from "./cose-signer";

const TRAINED_ALGORITHMIC_MEDIA = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia";

let signer: CoseSigner | undefined;

/** The test chain, read from the repository once (the app and the emulator run from its root). */
function testSigner(): CoseSigner {
  if (signer) return signer;
  const dir = path.join(process.cwd(), "lib", "emulator", "credentials");
  const read = (name: string) => readFileSync(/* turbopackIgnore: true */ path.join(dir, name), "utf8");
  signer = coseSigner({ certificatesPem: [read("leaf.pem"), read("ca.pem")], keyPem: read("leaf.key") });
  return signer;
}

/**
 * The library reads what it signs through a Blob and the browser's FileReaderSync, which Node
 * lacks; its glue only calls `size`, `slice(a, b)` and `readAsArrayBuffer(slice)`, so an
 * in-memory stand-in for both does. The pinned version's tests guard that.
 */
class BytesBlob {
  constructor(readonly bytes: Uint8Array) {}
  get size() {
    return this.bytes.length;
  }
  slice(start: number, end: number) {
    return new BytesBlob(this.bytes.subarray(start, end));
  }
}
class FileReaderSyncShim {
  readAsArrayBuffer(blob: BytesBlob) {
    return blob.bytes.slice().buffer;
  }
}

export async function signAsEmulator(bytes: Buffer, format: OutputFormat, model: string): Promise<Buffer> {
  loadC2pa();
  const global = globalThis as { FileReaderSync?: unknown };
  global.FileReaderSync ??= FileReaderSyncShim;
  const manifest = {
    claim_generator_info: [{ name: "Fresco Images API emulator", version: "1" }],
    format: MIME[format],
    assertions: [
      {
        label: "c2pa.actions",
        data: { actions: [{ action: "c2pa.created", digitalSourceType: TRAINED_ALGORITHMIC_MEDIA, softwareAgent: { name: model } }] },
      },
    ],
  };
  const builder = WasmBuilder.fromJson(JSON.stringify(manifest), c2paSettings());
  try {
    const source = new BytesBlob(new Uint8Array(bytes)) as unknown as Blob;
    return Buffer.from(await builder.sign(testSigner(), [], MIME[format], source));
  } finally {
    builder.free();
  }
}
