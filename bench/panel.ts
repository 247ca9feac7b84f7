// The prompt panel's figures: time from Generate to the first partial image on screen (emulator
// at 0 latency), and gallery page loads while 50 generations wait on a slow provider.
import { launchBrowser } from "./browser";
import { startBenchServer } from "./server";
import { signUpForBench } from "./sign-up";
import { fmtMs, summarize } from "./stats";

export async function benchFirstPartial(runs = 20): Promise<void> {
  const server = await startBenchServer({ port: 3291, emulatorPort: 4291, latencyMs: 0 });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await signUpForBench(page, server.url);
    await page.getByRole("radiogroup", { name: /Partial images/ }).getByText("1", { exact: true }).click();
    const samples: number[] = [];
    let missed = 0;
    for (let i = 0; i < runs + 2; i++) {
      await page.getByTestId("prompt").fill(`first partial ${i}: a harbour at dusk`);
      // Timed in the page: from the click to the first partial image element attached to the DOM.
      const ms = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const started = performance.now();
            const seen = new Set(document.querySelectorAll("[data-testid=pending-tile] img"));
            const observer = new MutationObserver(() => {
              const img = [...document.querySelectorAll("[data-testid=pending-tile] img")].find((el) => !seen.has(el));
              if (!img) return;
              observer.disconnect();
              resolve(performance.now() - started);
            });
            observer.observe(document.body, { childList: true, subtree: true, attributes: true });
            setTimeout(() => (observer.disconnect(), resolve(-1)), 10_000);
            (document.querySelector("[data-testid=generate]") as HTMLButtonElement).click();
          }),
      );
      await page.getByTestId("status").first().and(page.locator('[data-status="succeeded"]')).waitFor();
      if (i < 2) continue; // warm-up
      if (ms < 0) missed += 1;
      else samples.push(ms);
    }
    const s = summarize(samples);
    console.log(`\nGenerate → first partial image on screen (emulator at 0 latency), ${s.n} runs${missed ? `, ${missed} missed` : ""}:`);
    console.log(`  median ${fmtMs(s.median)}   p95 ${fmtMs(s.p95)}   (target: median ≤ 300 ms)`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

export async function benchGalleryUnderLoad(pending = 50, loads = 60): Promise<void> {
  const server = await startBenchServer({ port: 3292, emulatorPort: 4292, latencyMs: 30_000 });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await signUpForBench(page, server.url);
    await page.getByTestId("stream").uncheck();
    for (let i = 0; i < pending; i++) {
      await page.getByTestId("prompt").fill(`pending ${i}: a lighthouse in fog`);
      await page.getByTestId("generate").click();
      await page.getByTestId("generation").nth(i).waitFor();
    }
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const samples: number[] = [];
    for (let i = 0; i < loads; i++) {
      const started = performance.now();
      const res = await fetch(`${server.url}/gallery`, { headers: { cookie } });
      await res.text();
      if (!res.ok) throw new Error(`gallery answered ${res.status}`);
      samples.push(performance.now() - started);
    }
    const s = summarize(samples.slice(5));
    console.log(`\nGallery page load with ${pending} generations pending on a 30 s provider, ${s.n} loads:`);
    console.log(`  median ${fmtMs(s.median)}   p95 ${fmtMs(s.p95)}   max ${fmtMs(s.max)}   (target: p95 ≤ 300 ms)`);
  } finally {
    await browser.close();
    await server.stop();
  }
}
