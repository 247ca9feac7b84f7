// Bulk work in the gallery: an admin selects a range with shift-click, approves it, downloads
// it as a zip (each image with its sidecar), deletes one to the trash and restores it, and
// selects by dragging a rectangle.
import { readFile } from "node:fs/promises";
import { unzipSync } from "fflate";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/people";
import { StudioPage } from "./pages/studio";

const PROMPTS = ["A kite over the dunes", "A kettle on a stove", "A kayak in the fog"];

async function makeImage(page: Page, prompt: string): Promise<string> {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.generate({ prompt, images: 1, quality: "Low" });
  const card = studio.generation(prompt).first();
  await expect(card.getByTestId("status")).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });
  return (await card.getAttribute("data-generation-id"))!;
}

async function selectAll3(page: Page) {
  const boxes = page.getByTestId("select-tile");
  await page.getByTestId("gallery-item").first().hover();
  await boxes.first().click();
  await boxes.nth(2).click({ modifiers: ["Shift"] });
  await expect(page.getByTestId("bulk-count")).toHaveText("3 selected");
}

test("select with shift-click, approve, download a zip, delete to the trash and restore", async ({ admin: { page } }) => {
  for (const prompt of PROMPTS) {
    const id = await makeImage(page, prompt);
    await page.goto(`/gallery/${id}`);
    await page.getByTestId("review-submit").click();
    await expect(page.getByTestId("review-state")).toHaveText("In review");
  }

  // Shift-click selects the range; Escape clears it.
  await page.goto("/gallery");
  const tiles = page.getByTestId("gallery-item");
  await expect(tiles).toHaveCount(3);
  await selectAll3(page);
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("bulk-bar")).toHaveCount(0);

  // Approve the three at once.
  await selectAll3(page);
  await page.getByTestId("bulk-approve").click();
  await expect(page.getByText("3 approved")).toBeVisible();
  await expect(tiles.getByTestId("tile-review")).toHaveText(["Approved", "Approved", "Approved"]);

  // The zip holds each image and its sidecar, and a manifest.
  await selectAll3(page);
  const downloading = page.waitForEvent("download");
  await page.getByTestId("bulk-zip").click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^fresco-3-images-.*\.zip$/);
  const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  const names = Object.keys(files);
  expect(names.filter((n) => n.endsWith(".png"))).toHaveLength(3);
  expect(names).toContain("manifest.json");
  const sidecars = names.filter((n) => n.endsWith(".json") && n !== "manifest.json").map((n) => JSON.parse(new TextDecoder().decode(files[n]!)));
  expect(sidecars.map((s) => s.prompt).sort()).toEqual([...PROMPTS].sort());
  for (const s of sidecars) {
    expect(s.review.state).toBe("approved");
    expect(files[s.file]!.byteLength).toBe(s.image.bytes);
  }

  // Delete one to the trash, then bring it back.
  await page.keyboard.press("Escape");
  const first = tiles.first();
  const prompt = (await first.getByRole("img").getAttribute("alt"))!;
  await first.hover();
  await first.getByTestId("select-tile").click();
  await page.getByTestId("bulk-trash").click();
  await expect(page.getByText("1 moved to the trash")).toBeVisible();
  await expect(tiles).toHaveCount(2);
  await page.getByTestId("open-trash").click();
  const trashed = page.getByTestId("trash-item");
  await expect(trashed).toHaveCount(1);
  await expect(trashed).toContainText(prompt);
  await trashed.getByTestId("trash-restore").click();
  await expect(page.getByTestId("trash-empty")).toBeVisible();
  await page.goto("/gallery");
  await expect(tiles).toHaveCount(3);
  await expect(tiles.first()).toContainText(prompt);

  // A rectangle dragged from the empty end of the row over the last two tiles selects those two.
  const second = (await tiles.nth(1).boundingBox())!;
  const third = (await tiles.nth(2).boundingBox())!;
  await page.mouse.move(third.x + third.width + 40, third.y + 20);
  await page.mouse.down();
  await page.mouse.move(second.x + second.width / 2, second.y + second.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(page.getByTestId("bulk-count")).toHaveText("2 selected");
  await expect(page).toHaveURL(/\/gallery$/);
});
