import { patternPng, tempDir } from "./fixtures/images";
import { expect, test } from "./fixtures/people";
import { EditorPage } from "./pages/editor";
import { StudioPage } from "./pages/studio";

test("a re-run says where it came from, and the parent's page lists it", async ({ owner: { page } }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.generate({ prompt: "Two lighthouses in fog", images: 2, quality: "Low" });
  const card = studio.generation("Two lighthouses in fog").first();
  await expect(card.getByTestId("candidate")).toHaveCount(2);
  await expect(card.getByTestId("parent-line")).toHaveCount(0);
  // Read now: the re-run has the same prompt and becomes the first such card.
  const parentId = await card.getAttribute("data-generation-id");

  const second = card.getByTestId("candidate").nth(1);
  await second.hover();
  await second.getByTestId("mark-finalist").click();
  const rerun = card.getByTestId("rerun");
  await rerun.getByLabel("Re-run with model").selectOption("gpt-image-1.5");
  await rerun.getByLabel("Re-run at quality").selectOption("high");
  await rerun.getByTestId("rerun-button").click();

  // The newest card is the re-run once it names its parent; then wait for it to finish.
  const child = page.getByTestId("generation").first();
  await expect(child.getByTestId("parent-line")).toHaveText("re-run of #2 on GPT Image 1.5");
  await expect(child.getByTestId("status")).toHaveAttribute("data-status", "succeeded");
  const childId = await child.getAttribute("data-generation-id");

  await child.getByTestId("parent-link").click();
  await expect(page).toHaveURL(new RegExp(`/gallery/${parentId}$`));
  const listed = page.getByTestId("lineage-child");
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText("from #2 · re-run on GPT Image 1.5 · high");

  // And back: the child's page names its parent.
  await listed.click();
  await expect(page).toHaveURL(new RegExp(`/gallery/${childId}$`));
  await expect(page.getByTestId("lineage-parent")).toContainText(/#2 · generated on GPT Image/);
});

test("an edit of an edit's result says so, both ways", async ({ owner: { page } }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const { file } = await patternPng(tempDir());
  await editor.upload(file);
  await editor.paintRect({ x: 100, y: 100 }, { x: 300, y: 250 });
  await editor.submit("A brass door knocker");
  const first = editor.generation("A brass door knocker");
  await expect(first.getByTestId("status")).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });
  // An uploaded base has no parent in the gallery.
  await expect(first.getByTestId("parent-line")).toHaveCount(0);
  const firstId = await first.getAttribute("data-generation-id");

  await first.getByTestId("result-image").first().click();
  await page.getByTestId("edit-this").click();
  await page.getByTestId("restore-mask").click();
  await editor.submit("A bronze door knocker");
  const second = editor.generation("A bronze door knocker");
  await expect(second.getByTestId("status")).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });
  await expect(second.getByTestId("parent-line")).toHaveText("edit of #1");

  await second.getByTestId("parent-link").click();
  await expect(page).toHaveURL(new RegExp(`/gallery/${firstId}$`));
  await expect(page.getByTestId("lineage-child")).toContainText("from #1 · edit of an edit");
});
