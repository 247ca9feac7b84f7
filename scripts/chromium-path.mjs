// Finds a Chromium for the browser tests: $CHROMIUM_PATH, the system's (Debian's
// /usr/bin/chromium), or Playwright's own download when one was installed. Undefined when
// none is found, so the caller can say what to do.
import { existsSync } from "node:fs";

const SYSTEM = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium", "/usr/bin/google-chrome"];

export function chromiumPath() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  return SYSTEM.find((p) => existsSync(p));
}

export async function playwrightOwnChromium() {
  try {
    const { chromium } = await import("@playwright/test");
    const p = chromium.executablePath();
    return existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}
