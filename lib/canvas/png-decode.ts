// PNG reader to RGBA8, enough for masks people bring: grey, grey+alpha, RGB, RGBA and palette,
// bit depths 1–16, filters 0–4, tRNS transparency. Interlaced files are refused.
import { unzlibSync } from "fflate";
import { crc32 } from "./png-encode";

export type DecodedPng = {
  width: number;
  height: number;
  rgba: Uint8ClampedArray;
  /** True when the file carries transparency (an alpha channel or a tRNS chunk). */
  hasAlpha: boolean;
};

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

export function decodePng(bytes: Uint8Array): DecodedPng {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 8 || view.getUint32(0) !== 0x89504e47 || view.getUint32(4) !== 0x0d0a1a0a) {
    throw new Error("not a PNG file");
  }
  let header: { width: number; height: number; depth: number; type: number; interlace: number } | null = null;
  let palette: Uint8Array | null = null;
  let trns: Uint8Array | null = null;
  const idat: Uint8Array[] = [];
  for (let at = 8; at + 12 <= bytes.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (at + 12 + length > bytes.length) throw new Error(`PNG chunk ${type} is truncated`);
    if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== view.getUint32(at + 8 + length)) {
      throw new Error(`PNG chunk ${type} has a bad checksum`);
    }
    if (type === "IHDR") {
      const h = new DataView(data.buffer, data.byteOffset, data.byteLength);
      header = { width: h.getUint32(0), height: h.getUint32(4), depth: data[8]!, type: data[9]!, interlace: data[12]! };
    } else if (type === "PLTE") palette = data;
    else if (type === "tRNS") trns = data;
    else if (type === "IDAT") idat.push(data);
    else if (type === "IEND") break;
    at += 12 + length;
  }
  if (!header) throw new Error("PNG has no IHDR chunk");
  const { width, height, depth, type, interlace } = header;
  const channels = CHANNELS[type];
  if (!channels || ![1, 2, 4, 8, 16].includes(depth)) throw new Error(`unsupported PNG colour type ${type}/${depth}`);
  if (interlace !== 0) throw new Error("interlaced PNGs are not supported");
  if (type === 3 && !palette) throw new Error("palette PNG without PLTE");

  const stride = Math.ceil((width * channels * depth) / 8);
  const bpp = Math.max(1, (channels * depth) / 8);
  const raw = unzlibSync(concat(idat));
  if (raw.length < (stride + 1) * height) throw new Error("PNG image data is truncated");
  const pixels = unfilter(raw, stride, height, bpp);

  // Our own exports, and most masks, are 8-bit RGBA: the unfiltered rows already are the pixels.
  if (type === 6 && depth === 8) {
    return { width, height, rgba: new Uint8ClampedArray(pixels.buffer, pixels.byteOffset, width * height * 4), hasAlpha: true };
  }
  const max = (1 << Math.min(depth, 8)) - 1;
  const sample = (row: number, index: number): number => {
    const base = row * stride;
    if (depth === 8) return pixels[base + index]!;
    if (depth === 16) return (pixels[base + index * 2]! << 8) | pixels[base + index * 2 + 1]!;
    const bit = index * depth;
    return (pixels[base + (bit >> 3)]! >> (8 - depth - (bit & 7))) & max;
  };
  // 16-bit samples keep their high byte; 1/2/4-bit grey stretches to 0..255.
  const to8 = (v: number) => (depth === 8 ? v : depth === 16 ? v >> 8 : Math.round((v * 255) / max));
  const key16 = (i: number) => (trns ? (trns[i * 2]! << 8) | trns[i * 2 + 1]! : -1);

  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let y = 0, o = 0; y < height; y++) {
    for (let x = 0; x < width; x++, o += 4) {
      const s = x * channels;
      if (type === 0 || type === 4) {
        const g = sample(y, s);
        rgba[o] = rgba[o + 1] = rgba[o + 2] = to8(g);
        rgba[o + 3] = type === 4 ? to8(sample(y, s + 1)) : g === key16(0) ? 0 : 255;
      } else if (type === 2 || type === 6) {
        const r = sample(y, s), gr = sample(y, s + 1), b = sample(y, s + 2);
        rgba[o] = to8(r);
        rgba[o + 1] = to8(gr);
        rgba[o + 2] = to8(b);
        const keyed = r === key16(0) && gr === key16(1) && b === key16(2);
        rgba[o + 3] = type === 6 ? to8(sample(y, s + 3)) : keyed ? 0 : 255;
      } else {
        const idx = sample(y, s);
        rgba[o] = palette![idx * 3] ?? 0;
        rgba[o + 1] = palette![idx * 3 + 1] ?? 0;
        rgba[o + 2] = palette![idx * 3 + 2] ?? 0;
        rgba[o + 3] = trns?.[idx] ?? 255;
      }
    }
  }
  return { width, height, rgba, hasAlpha: type === 4 || type === 6 || trns !== null };
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Undoes the per-row filters (None, Sub, Up, Average, Paeth) into packed rows without filter bytes. */
function unfilter(raw: Uint8Array, stride: number, height: number, bpp: number): Uint8Array {
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    const up = y > 0 ? out.subarray(row - stride, row) : new Uint8Array(stride);
    if (filter === 0) {
      out.set(raw.subarray(src, src + stride), row);
      continue;
    }
    if (filter < 1 || filter > 4) throw new Error(`PNG row ${y} has unknown filter ${filter}`);
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[row + x - bpp]! : 0;
      const b = up[x]!;
      const v = raw[src + x]!;
      if (filter === 1) out[row + x] = v + a;
      else if (filter === 2) out[row + x] = v + b;
      else if (filter === 3) out[row + x] = v + ((a + b) >> 1);
      else out[row + x] = v + paeth(a, b, x >= bpp ? up[x - bpp]! : 0);
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
