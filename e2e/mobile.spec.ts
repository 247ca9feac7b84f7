// Fresco on a phone (390 × 844, touch): sign in, generate and watch it render on the stage,
// open the result in the editor, zoom with two fingers and paint the mask with one, submit and
// see the edit; the gallery in two columns and an image's page; the menu reaches Team. Every
// control is inside the screen when it is used, no page is wider than the screen, and axe-core
// finds no serious or critical violation on any page visited.
import type { Page } from "@playwright/test";
import { expectAccessible } from "./fixtures/axe";
import { expect, test } from "./fixtures/people";
import { EditorPage } from "./pages/editor";
import { drag, expectInViewport, pinch, tapInView } from "./pages/touch";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

async function expectFitsWidth(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

test("a phone: generate, edit by touch, the gallery, and the menu", async ({ owner: { page } }) => {
  await page.goto("/studio");
  await expect(page.getByTestId("prompt")).toBeVisible();
  await expectFitsWidth(page);
  await expectAccessible(page, "the studio on a phone");

  // Generate is on screen without scrolling past anything; the stage shows the partial images.
  const prompt = "A paper lantern over a river [latency:2500]";
  await tapInView(page, page.getByTestId("prompt"));
  await page.getByTestId("prompt").fill(prompt);
  await tapInView(page, page.getByTestId("generate"));
  await expect(page.getByTestId("stage-partial")).toBeVisible();
  await expectInViewport(page, page.getByTestId("stage-partial"));
  await expect(page.getByTestId("stage-image")).toBeVisible({ timeout: 30_000 });
  await expectInViewport(page, page.getByTestId("stage-image"));

  // The result, from the Results pane, into the editor.
  await tapInView(page, page.getByTestId("pane-results"));
  const card = page.getByTestId("generation").filter({ hasText: "A paper lantern" });
  await expect(card.getByTestId("status")).toHaveAttribute("data-status", "succeeded");
  await tapInView(page, card.getByTestId("edit-this").first());
  await expect(page).toHaveURL(/\/studio\/edit\?image=/);
  const editor = new EditorPage(page);
  await expect(editor.stage()).toBeVisible();
  await expectFitsWidth(page);
  await expectAccessible(page, "the edit page on a phone");

  // Two fingers zoom and draw nothing; one finger paints.
  const box = (await editor.stage().boundingBox())!;
  const center = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const before = Number(await editor.stage().getAttribute("data-scale"));
  await pinch(page, center, 60, 180);
  await expect.poll(async () => Number(await editor.stage().getAttribute("data-scale"))).toBeGreaterThan(before * 1.5);
  await expect(page.getByTestId("undo")).toBeDisabled();
  await drag(page, { x: center.x - 40, y: center.y }, { x: center.x + 40, y: center.y + 10 });
  await expect(page.getByTestId("undo")).toBeEnabled();
  await expectInViewport(page, page.getByTestId("undo"));

  // The prompt and "Edit image" are one tap away, on screen.
  // A tap just after the stroke is now and then not turned into a click in CI (under
  // investigation): tap again until the tab is pressed, as a person would.
  await expect(async () => {
    await tapInView(page, page.getByTestId("pane-panel"));
    await expect(page.getByTestId("pane-panel")).toHaveAttribute("aria-pressed", "true", { timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
  await tapInView(page, page.getByTestId("prompt"));
  await page.getByTestId("prompt").fill("A paper lantern, glowing green");
  await tapInView(page, page.getByTestId("submit-edit"));
  const edit = page.getByTestId("generation").filter({ hasText: "glowing green" });
  await expect(edit.getByTestId("status")).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });
  await expectInViewport(page, edit.getByTestId("status"));

  // The gallery in two columns; an image's page fits the screen.
  await tapInView(page, page.getByTestId("menu-button"));
  await tapInView(page, page.getByTestId("mobile-menu").getByRole("link", { name: "Gallery" }));
  await expect(page).toHaveURL(/\/gallery$/);
  const tiles = page.getByTestId("gallery-item");
  await expect(tiles).toHaveCount(2);
  const [a, b] = [(await tiles.nth(0).boundingBox())!, (await tiles.nth(1).boundingBox())!];
  expect(Math.abs(a.y - b.y), "two tiles side by side").toBeLessThan(1);
  expect(b.x).toBeGreaterThan(a.x + a.width);
  await expectFitsWidth(page);
  await expectAccessible(page, "the gallery on a phone");
  await tapInView(page, tiles.nth(1).getByRole("link"));
  await expect(page).toHaveURL(/\/gallery\/[^/?]+/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectFitsWidth(page);
  await expectAccessible(page, "an image's page on a phone");

  // The menu reaches Team.
  await tapInView(page, page.getByTestId("menu-button"));
  await tapInView(page, page.getByTestId("mobile-menu").getByRole("link", { name: "Team" }));
  await expect(page).toHaveURL(/\/settings\/team$/);
  await expect(page.getByRole("heading", { name: "Team settings" })).toBeVisible();
  await expect(page.getByTestId("mobile-menu")).not.toBeVisible();
  await expectFitsWidth(page);
  await expectAccessible(page, "team settings on a phone");
});
