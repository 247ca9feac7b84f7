// The gallery page while 50 generations wait on a provider that never answers (the emulator's
// [fault:hang]): 20 loads at once, five times over, signed in as the person who queued them.
import type { Page } from "@playwright/test";
import { summarize } from "./stats";

export async function galleryUnderLoad(page: Page, url: string, cookie: string, pending = 50) {
  for (let i = 0; i < pending; i++) {
    await page.getByTestId("prompt").fill(`[fault:hang] pending ${i}: a lighthouse in fog`);
    await page.getByTestId("generate").click();
    await page.locator('[data-testid=generation]').filter({ hasText: `pending ${i}:` }).first().waitFor();
  }
  const samples: number[] = [];
  for (let round = 0; round < 6; round++) {
    const times = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const started = performance.now();
        const res = await fetch(`${url}/gallery`, { headers: { cookie } });
        await res.text();
        if (!res.ok) throw new Error(`the gallery answered ${res.status}`);
        return performance.now() - started;
      }),
    );
    if (round > 0) samples.push(...times); // the first round warms the page up
  }
  return summarize(samples);
}
