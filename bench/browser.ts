// A headless Chromium for benchmarks, launched as the tests launch it.
import { chromium, type Browser } from "@playwright/test";
import { chromiumPath } from "../scripts/chromium-path.mjs";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
}
