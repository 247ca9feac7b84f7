import type { Locator, Page } from "@playwright/test";
import sharp from "sharp";
import { add, parseDecimal, toDecimalString } from "../lib/images/decimal";
import { formatUsd } from "../lib/images/cost";
import type { GenerationView } from "../lib/views/generation";
import { expect, test } from "./fixtures/people";
import { EditorPage } from "./pages/editor";
import { StudioPage } from "./pages/studio";

async function view(page: Page, id: string): Promise<GenerationView> {
  return (await (await page.request.get(`/api/generations/${id}`)).json()) as GenerationView;
}

/** Waits for a result card to finish; returns its generation as the server reports it. */
async function finished(page: Page, card: Locator): Promise<GenerationView> {
  await expect(card.getByTestId("status")).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });
  return view(page, (await card.getAttribute("data-generation-id"))!);
}

/** The sum of the generations' costs as the history shows a branch's: "$0.0057". */
const branchCost = (...steps: GenerationView[]) => formatUsd(toDecimalString(steps.map((s) => parseDecimal(s.costUsd!)).reduce(add)));

/** How many pixels an edit's stored mask marks for editing (transparent). */
async function maskedPixels(page: Page, edit: GenerationView) {
  const input = edit.inputs.find((i) => i.role === "mask")!;
  const png = await (await page.request.get(`/api/generation-inputs/${input.id}`)).body();
  const { data } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return data.filter((v, i) => i % 4 === 3 && v === 0).length;
}

test("refine step by step, branch from the first result, and find the tree, the base and the unsent mask after a reload", async ({ owner: { page } }) => {
  test.slow();
  const studio = new StudioPage(page);
  const editor = new EditorPage(page);

  // Generate, then edit the result, then edit that edit's result.
  await studio.open();
  await studio.generate({ prompt: "A red fox in the snow", images: 1, quality: "Low" });
  const first = await finished(page, studio.generation("A red fox in the snow"));
  const root = first.images[0]!.id;
  await page.goto(`/studio/edit?image=${root}`);
  await page.getByTestId("zoom-100").click();
  await editor.paintRect({ x: 300, y: 300 }, { x: 500, y: 450 });
  await editor.submit("Give the fox a green scarf");
  const scarf = await finished(page, editor.generation("Give the fox a green scarf"));

  await editor.generation("Give the fox a green scarf").getByTestId("result-image").first().click();
  await page.getByTestId("edit-this").click();
  await expect(page).toHaveURL(new RegExp(`image=${scarf.images[0]!.id}$`));
  await editor.paintRect({ x: 100, y: 100 }, { x: 250, y: 200 });
  await editor.submit("Add a full moon");
  const moon = await finished(page, editor.generation("Add a full moon"));

  // Back to the first result in the project's history, and branch from it.
  await page.getByRole("link", { name: "History" }).click();
  const tree = page.getByRole("tree", { name: "Version tree" });
  await expect(tree.getByRole("treeitem")).toHaveCount(3);
  const history = page.url();
  await tree.getByRole("treeitem", { name: /^Step 1 · generate/ }).click();
  await page.getByTestId("history-edit-this").click();
  await expect(page).toHaveURL(new RegExp(`/studio/edit\\?image=${root}$`));
  await page.getByTestId("zoom-100").click();
  await editor.paintRect({ x: 560, y: 560 }, { x: 700, y: 700 });
  await editor.submit("Add a frog on a lily pad");
  const frog = await finished(page, editor.generation("Add a frog on a lily pad"));

  // An unsent mask and prompt on the same base, saved as they are made.
  const saved = page.waitForResponse((r) => r.url().endsWith("/api/working-state") && (r.request().postData() ?? "").includes("Only the tail") && r.ok());
  await page.getByTestId("tool-clear").click();
  await editor.paintRect({ x: 420, y: 420 }, { x: 580, y: 540 });
  await page.getByTestId("prompt").fill("Only the tail");
  await saved;

  // The tree: two branches from step 1, each with its own cost so far; step 1 is the base.
  await page.getByRole("link", { name: "History" }).click();
  const expectTree = async () => {
    await expect(tree.getByRole("treeitem")).toHaveCount(4);
    const row = (id: string) => tree.locator(`[data-step-id="${id}"]`);
    await expect(row(first.id)).toHaveAttribute("aria-level", "1");
    await expect(row(scarf.id)).toHaveAttribute("aria-level", "2");
    await expect(row(moon.id)).toHaveAttribute("aria-level", "3");
    await expect(row(frog.id)).toHaveAttribute("aria-level", "2");
    await expect(row(first.id)).toHaveAttribute("aria-expanded", "true");
    await expect(row(moon.id)).toContainText(`branch ${branchCost(first, scarf, moon)}`);
    await expect(row(frog.id)).toContainText(`branch ${branchCost(first, frog)}`);
    await expect(row(first.id)).toHaveAttribute("aria-current", "step");
  };
  await expectTree();
  await page.reload();
  await expectTree();

  // Keyboard: from step 1, Down goes to its first child; Left on step 1 folds both branches.
  await tree.locator(`[data-step-id="${first.id}"]`).click();
  await page.keyboard.press("ArrowDown");
  await expect(tree.locator(`[data-step-id="${scarf.id}"]`)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowLeft");
  await expect(tree.getByRole("treeitem")).toHaveCount(1);
  await page.keyboard.press("ArrowRight");
  await expect(tree.getByRole("treeitem")).toHaveCount(4);

  // The studio reloads on the same base with the unsent prompt and mask: sent now, its mask is
  // the unsent rectangle alone (160 × 120).
  await page.goto("/studio/edit");
  await expect(page).toHaveURL(new RegExp(`/studio/edit\\?image=${root}$`));
  await expect(page.getByTestId("prompt")).toHaveValue("Only the tail");
  await page.getByTestId("submit-edit").click();
  const tail = await finished(page, editor.generation("Only the tail"));
  const tailPixels = await maskedPixels(page, tail);
  expect(tailPixels).toBeGreaterThan(150 * 110);
  expect(tailPixels).toBeLessThan(170 * 130);

  // Restore the mask of a past edit onto its result and send it again: the same pixels.
  await page.goto(`/studio/edit?image=${scarf.images[0]!.id}`);
  await page.getByTestId("tool-clear").click();
  await page.getByTestId("restore-mask").click();
  await editor.submit("The scarf again, in red");
  const again = await finished(page, editor.generation("The scarf again, in red"));
  expect(await maskedPixels(page, again)).toBe(await maskedPixels(page, scarf));

  // Compare the moon with its parent, with the slider.
  await page.goto(history);
  await tree.locator(`[data-step-id="${moon.id}"]`).click();
  await page.getByTestId("history-compare").click();
  await expect(page).toHaveURL(/\/gallery\/compare\?a=.+&b=.+/);
  await page.getByRole("radiogroup", { name: "Show" }).getByText("Slider", { exact: true }).click();
  const divider = page.getByRole("slider", { name: "Divider between A and B" });
  await divider.focus();
  await page.keyboard.press("ArrowRight");
  await expect(divider).toHaveAttribute("aria-valuenow", "55");
});
