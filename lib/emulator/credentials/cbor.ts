// The few CBOR items (RFC 8949 §3) a COSE_Sign1 needs: unsigned and negative integers, byte and
// text strings, arrays, maps, null and tags. Enough for the emulator's test signature; nothing
// here decodes.

export class Tagged {
  constructor(
    readonly tag: number,
    readonly value: CborValue,
  ) {}
}

export type CborValue = number | string | null | Uint8Array | CborValue[] | Map<CborValue, CborValue> | Tagged;

/** An item's head: its major type and a length or value, in the shortest form. */
function head(major: number, n: number): number[] {
  const m = major << 5;
  if (n < 24) return [m | n];
  if (n < 0x100) return [m | 24, n];
  if (n < 0x10000) return [m | 25, n >> 8, n & 0xff];
  return [m | 26, (n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

export function encodeCbor(value: CborValue): Uint8Array {
  const out: number[] = [];
  const bytes = (b: Uint8Array) => {
    for (const c of b) out.push(c);
  };
  const put = (x: CborValue): void => {
    if (x === null) out.push(0xf6);
    else if (typeof x === "number") out.push(...(x >= 0 ? head(0, x) : head(1, -1 - x)));
    else if (typeof x === "string") {
      const utf8 = new TextEncoder().encode(x);
      out.push(...head(3, utf8.length));
      bytes(utf8);
    } else if (x instanceof Uint8Array) {
      out.push(...head(2, x.length));
      bytes(x);
    } else if (Array.isArray(x)) {
      out.push(...head(4, x.length));
      x.forEach(put);
    } else if (x instanceof Map) {
      out.push(...head(5, x.size));
      for (const [k, v] of x) {
        put(k);
        put(v);
      }
    } else {
      out.push(...head(6, x.tag));
      put(x.value);
    }
  };
  put(value);
  return Uint8Array.from(out);
}
