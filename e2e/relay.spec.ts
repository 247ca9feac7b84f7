import { expect, test } from "@playwright/test";
import { RELAY_KEY } from "../scripts/e2e-constants.mjs";
import { newPerson, signUp } from "./pages/auth";
import { StudioPage } from "./pages/studio";

// This server runs with a provider key and base URL, as against OpenAI or a relay. The key is
// a canary: it must appear in no page, script, stylesheet, JSON or event stream.
test("the provider key reaches no page, bundle or response", async ({ page }) => {
  const leaks: string[] = [];
  const seen: string[] = [];
  page.on("response", async (response) => {
    const type = response.headers()["content-type"] ?? "";
    if (!/text|javascript|json|event-stream|css/.test(type)) return;
    const body = await response.text().catch(() => "");
    seen.push(response.url());
    if (body.includes(RELAY_KEY) || JSON.stringify(response.headers()).includes(RELAY_KEY)) leaks.push(response.url());
  });

  await signUp(page, newPerson("Kai"));
  const studio = new StudioPage(page);
  await expect(page.getByTestId("provider-badge")).toHaveText(`127.0.0.1:${process.env.E2E_EMULATOR_PORT ?? 4110}`);
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
