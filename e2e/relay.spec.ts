import type { Page } from "@playwright/test";
import { RELAY_KEY, relayProxyPort } from "../scripts/e2e-constants.mjs";
import { expect, test } from "./fixtures/people";
import { StudioPage } from "./pages/studio";

// This server runs with a provider key and base URL, as against OpenAI or a relay. The key is
// a canary: it must appear in no page, script, stylesheet, JSON or event stream.
test("the provider key reaches no page, bundle or response", async ({ owner, page: signedOut }) => {
  const leaks: string[] = [];
  const seen: string[] = [];
  const watch = (page: Page) =>
    page.on("response", async (response) => {
      const type = response.headers()["content-type"] ?? "";
      if (!/text|javascript|json|event-stream|css/.test(type)) return;
      const body = await response.text().catch(() => "");
      seen.push(response.url());
      if (body.includes(RELAY_KEY) || JSON.stringify(response.headers()).includes(RELAY_KEY)) leaks.push(response.url());
    });
  watch(signedOut);
  watch(owner.page);

  // The pages a signed-out visitor gets, then the studio, gallery and settings of a signed-in one.
  for (const [path, button] of [["/sign-up", /Create account/], ["/sign-in", "Sign in"]] as const) {
    await signedOut.goto(path);
    await expect(signedOut.getByRole("button", { name: button })).toBeVisible();
  }
  const page = owner.page;
  const studio = new StudioPage(page);
  await studio.open();
  // The provider's host as configured: the recording proxy in front of the emulator.
  await expect(page.getByTestId("provider-badge")).toHaveText(`127.0.0.1:${relayProxyPort()}`);
  await studio.generate({ prompt: "A paper boat on a rain puddle", quality: "Low" });
  await expect(studio.generation("A paper boat").getByTestId("status")).toHaveAttribute("data-status", "succeeded");
  await page.goto("/gallery");
  await page.getByTestId("gallery-item").first().click();
  await expect(page.getByTestId("generation-details")).toBeVisible();
  await page.goto("/settings/team");
  await expect(page.getByRole("heading", { name: /members/i })).toBeVisible();

  expect(seen.some((u) => u.includes("/_next/static/"))).toBe(true); // the bundles were checked
  expect(leaks).toEqual([]);
});
