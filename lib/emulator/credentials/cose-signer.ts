// The signer the C2PA library asks for when it signs "direct COSE": it hands over the claim's
// bytes and takes back a whole COSE_Sign1 (RFC 9052): ES256 with the certificate chain in the
// protected header, the payload detached, the signature as raw r|s (RFC 9053; c2pa-rs refuses
// DER), padded to exactly the size reserved for it in the file.
import { createPrivateKey, sign, X509Certificate } from "node:crypto";
import { encodeCbor, Tagged, type CborValue } from "./cbor";

/** Bytes set aside for the signature; the chain is about 1.2 KB of it. */
const RESERVE = 4096;
const ES256 = -7;
const X5CHAIN = 33;
const COSE_SIGN1_TAG = 18;

export interface SigningChain {
  /** The leaf first, then its issuers (PEM). */
  certificatesPem: string[];
  keyPem: string;
}

export interface CoseSigner {
  alg: string;
  reserveSize: number;
  sign(claim: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>>;
}

export function coseSigner(chain: SigningChain): CoseSigner {
  const x5chain = chain.certificatesPem.map((pem) => new Uint8Array(new X509Certificate(pem).raw));
  const key = createPrivateKey(chain.keyPem);
  const protectedHeader = encodeCbor(new Map<CborValue, CborValue>([[1, ES256], [X5CHAIN, x5chain]]));
  return {
    alg: "es256",
    reserveSize: RESERVE,
    async sign(claim) {
      const toBeSigned = encodeCbor(["Signature1", protectedHeader, new Uint8Array(0), claim]);
      const signature = new Uint8Array(sign("sha256", toBeSigned, { key, dsaEncoding: "ieee-p1363" }));
      const envelope = (pad: number) =>
        encodeCbor(new Tagged(COSE_SIGN1_TAG, [protectedHeader, new Map([["pad", new Uint8Array(pad)]]), null, signature]));
      // The pad's own length prefix grows by a byte or two with it: step back until it fits exactly.
      let pad = RESERVE - envelope(0).length;
      while (envelope(pad).length > RESERVE) pad--;
      return new Uint8Array(envelope(pad));
    },
  };
}
