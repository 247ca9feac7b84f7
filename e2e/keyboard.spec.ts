// The phone flows by keyboard alone on a desktop: the skip link, generate, the cost splits
// (no hover needed), open the result in the editor, mark a mask and submit, the gallery and an
// image's page, Team. Focus never scrolls the page itself by a few pixels.
import type { Locator, Page } from "@playwright/test";
import { expectAccessible } from "./fixtures/axe";
import { expect, test } from "./fixtures/people";

/** Tab (forwards) until `target` has focus, as a person would; fails past `max` presses. */
async function tabTo(page: Page, target: Locator, max = 120) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
    await expectNoPageScroll(page);
  }
  throw new Error(`${target} not reached in ${max} Tab presses`);
}

/** Neither the document nor the frame around the panes has scrolled: only a pane scrolls. */
async function expectNoPageScroll(page: Page) {
  const shifted = await page.evaluate(() => {
    const out: string[] = [];
    for (let el: Element | null = document.getElementById("main"); el; el = el.parentElement) if (el.scrollTop || el.scrollLeft) out.push(el.tagName);
    if (document.scrollingElement?.scrollTop || document.scrollingElement?.scrollLeft) out.push("document");
    return out;
  });
  expect(shifted, "scrolled by focus").toEqual([]);
}

test("studio, editor, gallery and Team by keyboard alone", async ({ owner: { page } }) => {
  await page.goto("/studio");
  await expect(page.getByTestId("prompt")).toBeVisible();

  // The first Tab reaches the skip link; Enter lands past the top bar.
  await page.keyboard.press("Tab");
  await expect(page.getByTestId("skip-link")).toBeFocused();
  await expect(page.getByTestId("skip-link")).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();

  await tabTo(page, page.getByTestId("prompt"));
  await page.keyboard.type("A kite over dunes");
  // The estimate's split opens by keyboard, and Escape closes it.
  await tabTo(page, page.getByTestId("estimate"));
  await page.keyboard.press("Enter");
  await expect(page.getByText(/^Text in: /)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByText(/^Text in: /)).toHaveCount(0);

  await tabTo(page, page.getByTestId("generate"));
  await page.keyboard.press("Enter");
  const card = page.getByTestId("generation").filter({ hasText: "A kite over dunes" });
  await expect(card.getByTestId("status")).toHaveAttribute("data-status", "succeeded");
  // The result's cost split, by keyboard.
  await tabTo(page, card.getByTestId("cost"));
  await page.keyboard.press("Enter");
  await expect(card.getByText(/Image out: /)).toBeVisible();
  await page.keyboard.press("Escape");

  // Into the editor; F marks the whole image; the prompt and Ctrl+Enter submit.
  await tabTo(page, card.getByTestId("edit-this"));
  await expect(card.getByTestId("edit-this")).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/studio\/edit\?image=/);
  await expect(page.getByTestId("mask-stage")).toBeVisible();
  await expectAccessible(page, "the edit page");
  await page.keyboard.press("f");
  await expect(page.getByTestId("undo")).toBeEnabled();
  await tabTo(page, page.getByTestId("prompt"));
  await page.keyboard.type("The same dunes at night");
  await page.keyboard.press("Control+Enter");
  const edit = page.getByTestId("generation").filter({ hasText: "The same dunes at night" });
  await expect(edit.getByTestId("status")).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });

  // The gallery and an image's page.
  await tabTo(page, page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Gallery" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/gallery$/);
  const tile = page.getByTestId("gallery-item").first().getByRole("link");
  await tabTo(page, tile);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/gallery\/[^/?]+/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // Team.
  await tabTo(page, page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Team" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Team settings" })).toBeVisible();
});
