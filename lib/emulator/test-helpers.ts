// Shared by the emulator's contract tests: a running emulator per file, an SDK client, and
// small image helpers. Every answer read through `sdk()` or `post()` is held to OpenAI's
// specification (spec-check.ts).
import { basename } from "node:path";
import OpenAI from "openai";
import sharp from "sharp";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { type EmulatorOptions, type RunningEmulator, startEmulator } from "./index";
import { expectOnSpec, reportSpecChecks, specFetch } from "./spec-check";

let specHooks = false;

/** Starts one emulator for the test file; call the returned getter inside tests. */
export function setupEmulator(opts: EmulatorOptions = {}): () => RunningEmulator {
  let emu: RunningEmulator | undefined;
  beforeAll(async () => {
    emu = await startEmulator({ latencyMs: 0, ...opts });
  });
  afterAll(async () => {
    await emu?.close();
  });
  if (!specHooks) {
    specHooks = true;
    afterEach(expectOnSpec);
    afterAll(() => reportSpecChecks(basename(expect.getState().testPath ?? "")));
  }
  return () => {
    if (!emu) throw new Error("emulator not started");
    return emu;
  };
}

export function sdk(emu: RunningEmulator, opts: Partial<ConstructorParameters<typeof OpenAI>[0]> = {}): OpenAI {
  return new OpenAI({ apiKey: "test", baseURL: emu.baseURL, maxRetries: 0, fetch: specFetch, ...opts });
}

export interface Decoded {
  format: string | undefined;
  width: number;
  height: number;
  /** The channel count in the file, before widening to RGBA. */
  channels: number;
  rgba: Buffer;
}

export async function decode(bytes: Buffer | string): Promise<Decoded> {
  const buf = typeof bytes === "string" ? Buffer.from(bytes, "base64") : bytes;
  const meta = await sharp(buf).metadata();
  const { data, info } = await sharp(buf).toColourspace("srgb").ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { format: meta.format, width: info.width, height: info.height, channels: meta.channels ?? 0, rgba: data };
}

/** The picture alone (RGBA), for comparing files whose bytes differ in their signed manifest. */
export async function pixelsOf(bytes: Buffer | string): Promise<Buffer> {
  return (await decode(bytes)).rgba;
}

/** A PNG from a per-pixel function; `channels` 3 writes RGB (no alpha), 4 writes RGBA. */
export async function makePng(
  width: number,
  height: number,
  pixel: (x: number, y: number) => [number, number, number, number],
  channels: 3 | 4 = 4,
): Promise<Buffer> {
  const data = Buffer.alloc(width * height * channels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = pixel(x, y);
      for (let c = 0; c < channels; c++) data[(y * width + x) * channels + c] = p[c] ?? 255;
    }
  }
  return sharp(data, { raw: { width, height, channels } }).png().toBuffer();
}

/** A busy, deterministic pattern: any changed pixel shows. */
export const pattern = (x: number, y: number): [number, number, number, number] => [
  (x * 7 + y * 3) % 256,
  (x * 13) % 256,
  (y * 11) % 256,
  255,
];

/** The first b64_json of an images response, or a failure that says what came back instead. */
export function b64Of(res: { data?: { b64_json?: string; url?: string }[] }): string {
  const b64 = res.data?.[0]?.b64_json;
  if (!b64) throw new Error(`no b64_json in ${JSON.stringify(res).slice(0, 200)}`);
  return b64;
}

/** Raw HTTP to the emulator, for what the SDK would refuse to send or would hide. */
export function post(emu: RunningEmulator, path: string, body: BodyInit, headers: Record<string, string> = {}) {
  return specFetch(`${emu.baseURL}${path}`, {
    method: "POST",
    headers: { authorization: "Bearer test", ...headers },
    body,
  });
}
