// PNG in and out of the mask model, by fast-png (pure JS, so the browser and Node share it).
// What is ours is only the shape the mask needs: 8-bit RGBA whatever the file's colour type.
import { convertIndexedToRgb, decode, encode, hasPngSignature, type DecodedPng as RawPng } from "fast-png";

export interface DecodedPng {
  width: number;
  height: number;
  rgba: Uint8ClampedArray;
  /** True when the file carries transparency (an alpha channel or a tRNS chunk). */
  hasAlpha: boolean;
}

export function encodeRgbaPng(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Uint8Array {
  if (rgba.length !== width * height * 4) {
    throw new RangeError(`encodeRgbaPng: ${rgba.length} bytes is not ${width}×${height}×4`);
  }
  // A mask is long runs of one value, which deflate squeezes to almost nothing at a low level.
  return encode({ width, height, data: rgba, channels: 4, depth: 8 }, { zlib: { level: 4 } });
}

/** Any PNG (grey, grey+alpha, RGB, RGBA, palette; 1–16 bits; interlaced or not) as RGBA8. */
export function decodePng(bytes: Uint8Array): DecodedPng {
  if (!hasPngSignature(bytes)) throw new Error("not a PNG file");
  let png: RawPng;
  try {
    png = decode(bytes, { checkCrc: true });
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new Error(/CRC/i.test(detail) ? `PNG has a bad checksum (${detail})` : `unreadable PNG: ${detail}`, { cause });
  }
  const { width, height } = png;
  if (png.palette) {
    const withAlpha = png.palette[0]?.length === 4;
    const pixels = convertIndexedToRgb(png);
    return { width, height, rgba: withAlpha ? clamped(pixels) : expand(pixels, 3, 8, width * height, null), hasAlpha: withAlpha };
  }
  // Our own exports, and most masks, are 8-bit RGBA: the decoded samples already are the pixels.
  if (png.channels === 4 && png.depth === 8) return { width, height, rgba: clamped(png.data as Uint8Array), hasAlpha: true };
  // tRNS on grey or RGB names one colour, exactly, at the file's own depth.
  const key = png.channels % 2 === 1 && png.transparency?.length ? Array.from(png.transparency) : null;
  const rgba = expand(unpacked(png), png.channels, png.depth, width * height, key);
  return { width, height, rgba, hasAlpha: png.channels % 2 === 0 || key !== null };
}

function clamped(data: Uint8Array): Uint8ClampedArray {
  return new Uint8ClampedArray(data.buffer, data.byteOffset, data.length);
}

/** One sample per array slot at the file's depth (1/2/4-bit grey rows come packed). */
function unpacked(png: RawPng): ArrayLike<number> {
  const { data, depth, width, height } = png;
  if (depth >= 8) return data;
  const out = new Uint8Array(width * height);
  const stride = Math.ceil((width * depth) / 8);
  const max = (1 << depth) - 1;
  for (let y = 0, o = 0; y < height; y++) {
    for (let x = 0; x < width; x++, o++) {
      const bit = x * depth;
      out[o] = (data[y * stride + (bit >> 3)]! >> (8 - depth - (bit & 7))) & max;
    }
  }
  return out;
}

/** Grey, grey+alpha, RGB or RGBA samples to RGBA8; `key` marks the tRNS colour transparent. */
function expand(s: ArrayLike<number>, channels: number, depth: number, count: number, key: number[] | null): Uint8ClampedArray {
  // 16-bit keeps its high byte; 1/2/4-bit grey stretches to 0..255.
  const to8 = depth === 16 ? (v: number) => v >> 8 : depth === 8 ? (v: number) => v : (v: number) => Math.round((v * 255) / ((1 << depth) - 1));
  const grey = channels < 3;
  const rgba = new Uint8ClampedArray(count * 4);
  for (let i = 0, at = 0, o = 0; i < count; i++, at += channels, o += 4) {
    const r = s[at]!, g = grey ? r : s[at + 1]!, b = grey ? r : s[at + 2]!;
    rgba[o] = to8(r);
    rgba[o + 1] = to8(g);
    rgba[o + 2] = to8(b);
    if (channels % 2 === 0) rgba[o + 3] = to8(s[at + channels - 1]!);
    else rgba[o + 3] = key && r === key[0] && (grey || (g === key[1] && b === key[2])) ? 0 : 255;
  }
  return rgba;
}
