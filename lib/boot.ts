// Start-up work for the server process: settle jobs a previous process left behind, and
// have the offline emulator listening before the first request needs it.
import "server-only";
import { interruptActiveGenerations } from "@/lib/db/generations";
import { env } from "@/lib/env";
import { providerSettings } from "@/lib/provider/settings";

export async function boot(): Promise<void> {
  env(); // fail fast on a bad environment
  const interrupted = await interruptActiveGenerations();
  if (interrupted > 0) console.log(`[fresco] marked ${interrupted} unfinished generation(s) as interrupted`);
  const provider = await providerSettings();
  console.log(
    provider.mode === "emulator"
      ? `[fresco] no OPENAI_API_KEY: using the offline emulator at ${provider.baseURL}`
      : `[fresco] provider: ${provider.baseURL}`,
  );
}
