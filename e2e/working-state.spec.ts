import type { Page } from "@playwright/test";
import sharp from "sharp";
import type { GenerationView } from "../lib/views/generation";
import { patternPng, tempDir } from "./fixtures/images";
import { expect, test } from "./fixtures/people";
import { EditorPage } from "./pages/editor";

/** The next save of the working state that carries `text`, once the server has answered it. */
function savedWith(page: Page, text: string) {
  return page.waitForResponse((r) => r.url().endsWith("/api/working-state") && (r.request().postData() ?? "").includes(text) && r.ok());
}

/** How many pixels the stored mask of an edit marks for editing (transparent). */
async function maskedPixels(page: Page, generationId: string) {
  const view = (await (await page.request.get(`/api/generations/${generationId}`)).json()) as GenerationView;
  const input = view.inputs.find((i) => i.role === "mask")!;
  const png = await (await page.request.get(`/api/generation-inputs/${input.id}`)).body();
  const { data } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return data.filter((v, i) => i % 4 === 3 && v === 0).length;
}

const imageIn = (url: string) => new URL(url).searchParams.get("image");

test("unsent work survives a reload, the address names the base, and a finished generation keeps the mask", async ({ owner: { page } }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const { file } = await patternPng(tempDir());
  await editor.upload(file);
  // An uploaded base has no id: the address names nothing.
  await expect(editor.stage()).toBeVisible();
  expect(imageIn(page.url())).toBeNull();
  await editor.paintRect({ x: 100, y: 100 }, { x: 300, y: 250 });
  await editor.submit("A brass door knocker");
  const first = editor.generation("A brass door knocker");
  await expect(first.getByTestId("status")).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });

  // "Edit this" on the result: the address names it.
  await first.getByTestId("result-image").first().click();
  await page.getByTestId("edit-this").click();
  const firstImage = (await (await page.request.get(`/api/generations/${await first.getAttribute("data-generation-id")}`)).json()) as GenerationView;
  const x = firstImage.images[0]!.id;
  await expect(page).toHaveURL(new RegExp(`/studio/edit\\?image=${x}$`));

  // Paint and write, send nothing; once it is saved, reload.
  await page.getByTestId("zoom-100").click();
  const saved = savedWith(page, "Only the sky");
  await editor.paintRect({ x: 700, y: 450 }, { x: 860, y: 570 });
  await page.getByTestId("prompt").fill("Only the sky");
  await saved;
  await page.reload();
  await expect(page).toHaveURL(new RegExp(`/studio/edit\\?image=${x}$`));
  await expect(page.getByTestId("prompt")).toHaveValue("Only the sky");
  await expect(page.getByTestId("undo")).toBeEnabled();

  // The bare edit page opens the saved base and names it in the address.
  await page.goto("/studio/edit");
  await expect(page).toHaveURL(new RegExp(`/studio/edit\\?image=${x}$`));
  await expect(page.getByTestId("prompt")).toHaveValue("Only the sky");

  // What comes back is the mask as drawn: sent now, it marks the same rectangle, about 160 × 120.
  await page.getByTestId("submit-edit").click();
  const second = editor.generation("Only the sky");
  await expect(second.getByTestId("status")).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });
  const marked = await maskedPixels(page, (await second.getAttribute("data-generation-id"))!);
  expect(marked).toBeGreaterThan(150 * 110);
  expect(marked).toBeLessThan(170 * 130);

  // "Edit this" on the new result: the address follows.
  await second.getByTestId("result-image").first().click();
  await page.getByTestId("edit-this").click();
  await expect(page).not.toHaveURL(new RegExp(`image=${x}`));
  const y = imageIn(page.url());
  expect(y).toMatch(/\w+/);
  await expect(page.getByTestId("undo")).toBeDisabled();

  // A mask drawn on it, then a generation finishes (the page refreshes its server parts and,
  // with a new address, mounts afresh): the mask and the prompt are still there.
  await editor.paintRect({ x: 600, y: 400 }, { x: 800, y: 560 });
  await page.getByTestId("prompt").fill("A green door");
  const spend = await page.getByTestId("month-spend").textContent();
  await page.getByTestId("submit-edit").click();
  await expect(editor.generation("A green door").getByTestId("status")).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });
  await expect(page.getByTestId("month-spend")).not.toHaveText(spend!);
  expect(imageIn(page.url())).toBe(y);
  await expect(page.getByTestId("undo")).toBeEnabled();
  await expect(page.getByTestId("prompt")).toHaveValue("A green door");

  // An uploaded reference is never saved, but the tab keeps it: to the studio and back, the
  // edit page opens as it was left, base in the address, mask and reference with it.
  await editor.addReference(file);
  await expect(page.getByTestId("reference")).toHaveCount(2);
  await page.getByTestId("mode-generate").click();
  await expect(page).toHaveURL(/\/studio$/);
  await page.getByTestId("mode-edit").click();
  await expect(page).toHaveURL(new RegExp(`/studio/edit\\?image=${y}$`));
  await expect(page.getByTestId("reference")).toHaveCount(2);
  await expect(page.getByTestId("undo")).toBeEnabled();
  await expect(page.getByTestId("prompt")).toHaveValue("A green door");
});

test("the prompt panel's unsent prompt and parameters come back after a reload", async ({ owner: { page } }) => {
  await page.goto("/studio");
  const saved = savedWith(page, "A lantern in the snow");
  await page.getByRole("radiogroup", { name: "Quality" }).getByText("Medium", { exact: true }).click();
  await page.getByTestId("prompt").fill("A lantern in the snow");
  await saved;
  await page.reload();
  await expect(page.getByTestId("prompt")).toHaveValue("A lantern in the snow");
  await expect(page.getByRole("radiogroup", { name: "Quality" }).getByRole("radio", { name: "Medium" })).toBeChecked();
});
