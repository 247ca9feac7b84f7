// Click → final image on screen, timed in the page, for Fresco's studio and the baseline
// playground side by side; and the server CPU each run cost, everything the browser triggered
// included (the run ends when no request but the event stream is in flight).
import type { Page } from "@playwright/test";
import { groupCpuMs } from "./speed-stack";

export interface Sample {
  ms: number;
  cpuMs: number;
}

/**
 * In the page: click `button`, then resolve with the ms until `count` new images that match
 * `selector` have loaded (an <img> that was not there before the click, complete, with pixels).
 */
function clickToImages(page: Page, button: string, selector: string, count: number): Promise<number> {
  // A string, not a function: tsx's name helpers do not exist in the page.
  return page.evaluate(`new Promise((resolve) => {
    const selector = ${JSON.stringify(selector)};
    const before = new Set(document.querySelectorAll(selector));
    const started = performance.now();
    let poll;
    function check() {
      const shown = [...document.querySelectorAll(selector)].filter((img) => !before.has(img) && img.complete && img.naturalWidth > 0);
      if (shown.length < ${count}) return;
      document.removeEventListener("load", check, true);
      clearInterval(poll);
      resolve(performance.now() - started);
    }
    document.addEventListener("load", check, true); // image loads do not bubble; they capture
    poll = setInterval(check, 4);
    setTimeout(() => (clearInterval(poll), resolve(-1)), 30000);
    document.querySelector(${JSON.stringify(button)}).click();
  })`) as Promise<number>;
}

/** Resolves once no request but the event stream has been in flight for `quietMs`. */
export function trackRequests(page: Page) {
  let inFlight = 0;
  let last = performance.now();
  const counted = (url: string) => !url.includes("/api/events");
  page.on("request", (r) => counted(r.url()) && (inFlight++, (last = performance.now())));
  const end = (r: { url(): string }) => counted(r.url()) && (inFlight--, (last = performance.now()));
  page.on("requestfinished", end);
  page.on("requestfailed", end);
  return async (quietMs = 400) => {
    while (inFlight > 0 || performance.now() - last < quietMs) await new Promise((r) => setTimeout(r, 50));
  };
}

export async function setFrescoCount(page: Page, n: number): Promise<void> {
  const field = page.getByTestId("n");
  for (let guard = 0; guard < 8 && Number(await field.inputValue()) !== n; guard++) {
    await page.getByRole("button", { name: Number(await field.inputValue()) < n ? "One image more" : "One image fewer" }).click();
  }
}

export async function frescoRun(page: Page, pgid: number, settle: () => Promise<void>, n: number, i: number): Promise<Sample> {
  await setFrescoCount(page, n);
  await page.getByTestId("prompt").fill(`speed ${n}-${i}: a harbour at dusk`);
  await settle();
  const cpu0 = groupCpuMs(pgid);
  // n = 1: the full image on the stage; n = 4: every candidate of the new card.
  const ms = n === 1 ? await clickToImages(page, "[data-testid=generate]", "[data-testid=stage-image]", 1) : await clickToImages(page, "[data-testid=generate]", "[data-testid=result-image]", n);
  await settle();
  return { ms, cpuMs: groupCpuMs(pgid) - cpu0 };
}

export async function baselineRun(page: Page, pgid: number, settle: () => Promise<void>, n: number, i: number): Promise<Sample> {
  await page.getByTestId("n").selectOption(String(n));
  await page.getByTestId("prompt").fill(`speed ${n}-${i}: a harbour at dusk`);
  await settle();
  const cpu0 = groupCpuMs(pgid);
  const ms = await clickToImages(page, "[data-testid=generate]", "img.result", n);
  await settle();
  return { ms, cpuMs: groupCpuMs(pgid) - cpu0 };
}
