// Providers: an admin adds a CometAPI-style provider pointing at the e2e emulator, tests the
// connection and makes it the default; the prompt panel then offers only what it serves, and a
// Modelverse-style one narrows the formats; the work goes through it. A member cannot open the page.
import { expect, test } from "./fixtures/people";
import { StudioPage } from "./pages/studio";

const EMULATOR = `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT ?? 4110}/v1`;
const KEY = "sk-e2e-provider-key-Q4w8";

test("an admin adds, tests and selects a provider; the panel follows its limits", async ({ admin: { page } }) => {
  await page.goto("/settings/team");
  await page.getByTestId("providers-link").click();
  await expect(page.getByRole("heading", { name: "Providers", exact: true })).toBeVisible();

  // CometAPI from its preset, its base URL replaced by the emulator's.
  await page.getByTestId("provider-preset").selectOption("cometapi");
  await expect(page.getByTestId("provider-base-url")).toHaveValue("https://api.cometapi.com/v1");
  await page.getByTestId("provider-base-url").fill(EMULATOR);
  await expect(page.getByTestId("provider-key")).toHaveAttribute("type", "password");
  await page.getByTestId("provider-key").fill(KEY);
  await page.getByTestId("save-provider").click();
  const comet = page.locator('[data-testid="provider"][data-provider-name="CometAPI"]');
  await expect(comet).toContainText("key …Q4w8");
  await expect(comet.getByTestId("provider-default")).toBeVisible(); // the first is the default
  expect(await page.content()).not.toContain(KEY);

  await comet.getByTestId("test-provider").click();
  await expect(comet.getByTestId("provider-test-result")).toHaveText(/^Reachable, key accepted, \d+ models listed/);

  // The panel offers the models CometAPI serves here, not GPT Image 2.
  const studio = new StudioPage(page);
  await studio.open();
  await expect(page.getByTestId("provider-badge")).toHaveText("CometAPI");
  const models = page.getByTestId("model").locator("option");
  await expect(models).toHaveText(["GPT Image 1 mini", "GPT Image 1", "GPT Image 1.5"]);
  await expect(page.getByRole("radiogroup", { name: "Format" }).getByText("WebP")).toBeVisible();

  // A Modelverse-style provider, made the default: PNG and JPEG only, its three sizes.
  await page.goto("/settings/providers");
  await page.getByTestId("provider-preset").selectOption("modelverse");
  await page.getByTestId("provider-base-url").fill(EMULATOR);
  await page.getByTestId("provider-key").fill(KEY);
  await page.getByTestId("save-provider").click();
  const modelverse = page.locator('[data-testid="provider"][data-provider-name="Modelverse"]');
  await modelverse.getByTestId("default-provider").click();
  await expect(modelverse.getByTestId("provider-default")).toBeVisible();

  await studio.open();
  await expect(page.getByTestId("provider").locator("option:checked")).toHaveText("Modelverse");
  await expect(page.getByRole("radiogroup", { name: "Format" }).getByText("WebP")).toHaveCount(0);
  await expect(page.getByTestId("model").locator("option")).toHaveText(["GPT Image 1"]);
  await studio.generate({ prompt: "A harbour at dawn", quality: "Low", size: "Portrait" });
  await expect(studio.generation("A harbour at dawn").first().getByTestId("status")).toHaveAttribute("data-status", "succeeded");

  // The edit panel follows the default too.
  await page.goto("/studio/edit");
  await expect(page.getByTestId("model").locator("option")).toHaveText(["GPT Image 1"]);
  await expect(page.getByRole("radiogroup", { name: "Format" }).getByText("WebP")).toHaveCount(0);
  await studio.open();

  // Choosing CometAPI in the picker brings WebP back.
  await page.getByTestId("provider").selectOption({ label: "CometAPI" });
  await expect(page.getByRole("radiogroup", { name: "Format" }).getByText("WebP")).toBeVisible();
});

test("a member cannot open provider settings", async ({ member: { page } }) => {
  await page.goto("/settings/team");
  await expect(page.getByTestId("providers-link")).toHaveCount(0);
  await page.goto("/settings/providers");
  await expect(page.getByText("Not found")).toBeVisible();
  await expect(page.getByTestId("provider-key")).toHaveCount(0);
});
