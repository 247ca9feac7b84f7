// Which Images API Fresco talks to. With OPENAI_API_KEY it is the real provider (OpenAI or
// the relay at OPENAI_BASE_URL); without one it is the offline emulator, started in-process.
import "server-only";
import { env } from "@/lib/env";
import { ensureEmulator } from "./emulator";

export interface ProviderSettings {
  mode: "remote" | "emulator";
  /** Shown in the top bar, e.g. "Offline emulator" or "api.openai.com". */
  label: string;
  /** Which price table applies. */
  priceProvider: string;
  baseURL: string;
  apiKey: string;
  timeoutMs: number;
}

export function providerMode(): ProviderSettings["mode"] {
  return env().OPENAI_API_KEY ? "remote" : "emulator";
}

/** The remote provider's base URL: OPENAI_BASE_URL, or OpenAI itself. */
export function remoteBaseURL(): string {
  return env().OPENAI_BASE_URL ?? "https://api.openai.com/v1";
}

/** The environment's default, in words: "the offline emulator" or the remote host. */
export function environmentProviderLabel(): string {
  return providerMode() === "emulator" ? "the offline emulator" : new URL(remoteBaseURL()).host;
}

export async function providerSettings(): Promise<ProviderSettings> {
  const e = env();
  if (e.OPENAI_API_KEY) {
    const baseURL = remoteBaseURL();
    return {
      mode: "remote",
      label: new URL(baseURL).host,
      priceProvider: e.FRESCO_PROVIDER_NAME,
      baseURL,
      apiKey: e.OPENAI_API_KEY,
      timeoutMs: e.FRESCO_PROVIDER_TIMEOUT_MS,
    };
  }
  const emulator = await ensureEmulator();
  return {
    mode: "emulator",
    label: "Offline emulator",
    // The emulator bills by OpenAI's list prices, so offline costs are what OpenAI would charge.
    priceProvider: "openai",
    baseURL: emulator.baseURL,
    apiKey: "offline-emulator",
    timeoutMs: e.FRESCO_PROVIDER_TIMEOUT_MS,
  };
}
