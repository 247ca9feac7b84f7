// Issue 17: cheap candidates on mini, two finalists, one enlarged by the model to 2× and one
// locally to 4K. Both come out at the right pixel size (read from the files themselves), say
// where they came from, and cost what they cost: the local one exactly $0, the model one what
// its prices say (GPT Image 2 has no price on record, so "cost unknown", never $0).
import sharp from "sharp";
import { expect, test } from "./fixtures/people";
import { StudioPage } from "./pages/studio";
import type { Locator, Page } from "@playwright/test";

const PROMPT = "A red kite over pale dunes";

/** The pixel size of a card's first image, from the original file the server serves. */
async function pixelsOf(page: Page, card: Locator) {
  const src = await card.getByTestId("result-image").first().getAttribute("src");
  const id = /\/api\/images\/([^?]+)/.exec(src ?? "")![1]!;
  const res = await page.request.get(`/api/images/${id}`);
  expect(res.status()).toBe(200);
  const meta = await sharp(await res.body()).metadata();
  return `${meta.width}×${meta.height}`;
}

async function generationJson(page: Page, id: string) {
  const res = await page.request.get(`/api/generations/${id}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as { kind: string; costUsd: string | null; parentImageId: string | null; model: string };
}

test("enlarge one finalist by the model to 2× and one locally to 4K", async ({ owner: { page } }) => {
  test.setTimeout(120_000);
  const studio = new StudioPage(page);
  await studio.open();
  await studio.generate({ prompt: PROMPT, images: 4, quality: "Low" });
  const card = studio.generation(PROMPT).first();
  await expect(card.getByTestId("candidate")).toHaveCount(4);
  const parentId = (await card.getAttribute("data-generation-id"))!;
  const original = page.locator(`[data-testid="generation"][data-generation-id="${parentId}"]`);
  for (const n of [0, 1]) {
    const tile = original.getByTestId("candidate").nth(n);
    await tile.hover();
    await tile.getByTestId("mark-finalist").click();
    await expect(tile).toHaveAttribute("data-pick", "finalist");
  }

  // #1 by the model, 2×: both ways are offered side by side with their estimates first.
  await original.getByTestId("enlarge-finalist").first().click();
  const menu = original.getByTestId("enlarge-menu");
  await expect(menu.getByTestId("enlarge-size")).toHaveText("1024×1024 → 2048×2048 · aspect kept");
  await expect(menu.getByTestId("enlarge-model-estimate")).toHaveText("estimate unknown");
  await expect(menu.getByTestId("enlarge-local-estimate")).toHaveText("$0.00 · free");
  await menu.getByTestId("enlarge-by-model").click();

  const byModel = page.getByTestId("generation").first();
  await expect(byModel.getByTestId("parent-line")).toHaveText("enlargement of #1 on GPT Image 2");
  await expect(byModel.getByTestId("status")).toHaveAttribute("data-status", "succeeded", { timeout: 60_000 });
  const modelId = (await byModel.getAttribute("data-generation-id"))!;
  await expect(byModel.getByTestId("enlarged-compare").getByTestId("compare-slider")).toBeVisible();
  await expect(byModel.getByTestId("enlarged-size")).toHaveText("2048×2048");
  await expect(byModel.getByTestId("cost")).toHaveText("cost unknown");
  expect(await pixelsOf(page, byModel)).toBe("2048×2048");

  // #2 locally, to a 4K frame's pixels: a square comes out 2880×2880, at once and free.
  await original.getByTestId("enlarge-finalist").nth(1).click();
  await menu.getByTestId("enlarge-target").selectOption("4k");
  await expect(menu.getByTestId("enlarge-size")).toHaveText("1024×1024 → 2880×2880 · aspect kept");
  await menu.getByTestId("enlarge-locally").click();

  const local = page.getByTestId("generation").first();
  await expect(local.getByTestId("parent-line")).toHaveText("enlargement of #2 locally");
  await expect(local.getByTestId("status")).toHaveAttribute("data-status", "succeeded");
  const localId = (await local.getAttribute("data-generation-id"))!;
  await expect(local.getByTestId("enlarged-size")).toHaveText("2880×2880");
  await expect(local.getByTestId("enlarged-cost")).toHaveText("$0.00 · local step");
  await expect(local.getByTestId("cost")).toHaveText("$0.00");
  expect(await pixelsOf(page, local)).toBe("2880×2880");

  // The records behind them: an edit on GPT Image 2 with no known cost, a local step of exactly $0.
  expect(await generationJson(page, modelId)).toMatchObject({ kind: "edit", model: "gpt-image-2", costUsd: null });
  expect(await generationJson(page, localId)).toMatchObject({ kind: "local", costUsd: "0" });

  // Lineage both ways: the finalists' page lists both enlargements; each names its parent.
  await page.goto(`/gallery/${parentId}`);
  const children = page.getByTestId("lineage-child");
  await expect(children).toHaveCount(2);
  await expect(children.nth(0)).toContainText("from #1 · enlarged on GPT Image 2 to 2048×2048");
  await expect(children.nth(1)).toContainText("from #2 · enlarged locally to 2880×2880");
  await children.nth(1).click();
  await expect(page).toHaveURL(new RegExp(`/gallery/${localId}$`));
  await expect(page.getByTestId("lineage-parent")).toContainText("#2");
  await expect(page.getByTestId("enlarged-compare")).toBeVisible();
});
