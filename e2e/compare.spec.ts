import { expect, test } from "./fixtures/people";
import { StudioPage } from "./pages/studio";

test("compare a re-run with its parent: side by side, with the slider, and the changed pixels", async ({ owner: { page } }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.generate({ prompt: "A tin robot on a shelf", images: 1, quality: "Low" });
  const card = studio.generation("A tin robot on a shelf").first();
  await expect(card.getByTestId("candidate")).toHaveCount(1);

  const candidate = card.getByTestId("candidate").first();
  await candidate.hover();
  await candidate.getByTestId("mark-finalist").click();
  const rerun = card.getByTestId("rerun");
  await rerun.getByLabel("Re-run with model").selectOption("gpt-image-1.5");
  await rerun.getByTestId("rerun-button").click();

  // The re-run's own card (the one that names its parent), once it has finished.
  const child = page.getByTestId("generation").filter({ has: page.getByTestId("parent-line") });
  await expect(child).toHaveCount(1);
  await expect(child.getByTestId("status")).toHaveAttribute("data-status", "succeeded");
  const childId = await child.getAttribute("data-generation-id");

  await page.goto(`/gallery/${childId}`);
  await page.getByTestId("compare-with-parent").click();
  await expect(page).toHaveURL(/\/gallery\/compare\?a=.+&b=.+/);
  await expect(page.getByTestId("compare-side").getByRole("img")).toHaveCount(2);

  const modes = page.getByRole("radiogroup", { name: "Show" });
  await modes.getByText("Slider", { exact: true }).click();
  const divider = page.getByRole("slider", { name: "Divider between A and B" });
  await expect(divider).toHaveAttribute("aria-valuenow", "50");
  await divider.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(divider).toHaveAttribute("aria-valuenow", "60");
  await page.keyboard.press("Home");
  await expect(divider).toHaveAttribute("aria-valuenow", "0");

  await modes.getByText("Changed pixels", { exact: true }).click();
  const heatmap = page.getByTestId("compare-heatmap");
  await expect(heatmap).toBeVisible();
  // The difference was made and decoded: the server answered it with an image.
  await expect.poll(() => heatmap.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
});

test("a missing image is not found on the compare page", async ({ owner: { page } }) => {
  const res = await page.goto("/gallery/compare?a=missing&b=also-missing");
  expect(res?.status()).toBe(404);
});
