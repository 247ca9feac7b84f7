// The gallery: a word of a prompt finds its image (accents or not), the filters live in the
// address and survive a reload, the image page walks the same view with ← and →, and a star
// puts an image among my favourites.
import { expect, test } from "./fixtures/people";
import { StudioPage } from "./pages/studio";

const PROMPTS = ["A café by the harbour at dawn", "A copper teapot on linen", "A glass orchard in winter"];

test("search, filters in the address, ← → through the view, and favourites", async ({ owner: { page } }) => {
  const studio = new StudioPage(page);
  await studio.open();
  for (const prompt of PROMPTS) {
    await studio.generate({ prompt, quality: "Low" });
    await expect(studio.generation(prompt).getByTestId("status")).toHaveAttribute("data-status", "succeeded");
  }

  // Search by a word of the prompt, typed without its accent.
  await page.goto("/gallery");
  const tiles = page.getByTestId("gallery-item");
  await expect(tiles).toHaveCount(3);
  await page.getByLabel("Search prompts").fill("cafe");
  await page.getByLabel("Search prompts").press("Enter");
  await expect(page).toHaveURL(/\/gallery\?q=cafe$/);
  await expect(tiles).toHaveCount(1);
  await expect(tiles).toContainText(PROMPTS[0]!);

  // A filter in the address survives a reload, in the results and in the form.
  await page.getByLabel("Sort").selectOption("oldest");
  await expect(page).toHaveURL(/\/gallery\?q=cafe&sort=oldest$/);
  await page.reload();
  await expect(tiles).toHaveCount(1);
  await expect(page.getByLabel("Search prompts")).toHaveValue("cafe");
  await expect(page.getByLabel("Sort")).toHaveValue("oldest");

  // Oldest first, without the search: ← and → walk the view, and carry it.
  await page.getByLabel("Search prompts").fill("");
  await page.getByLabel("Search prompts").press("Enter");
  await expect(page).toHaveURL(/\/gallery\?sort=oldest$/);
  await expect(tiles.first()).toContainText(PROMPTS[0]!);
  await tiles.first().getByRole("link").click();
  const title = page.getByRole("heading", { level: 1 });
  await expect(title).toHaveText(PROMPTS[0]!);
  await expect(page.getByTestId("previous-image")).toHaveCount(0);
  await page.keyboard.press("ArrowRight");
  await expect(title).toHaveText(PROMPTS[1]!);
  await expect(page).toHaveURL(/sort=oldest/);
  await page.keyboard.press("ArrowRight");
  await expect(title).toHaveText(PROMPTS[2]!);
  await expect(page.getByTestId("next-image")).toHaveCount(0);
  await page.keyboard.press("ArrowLeft");
  await expect(title).toHaveText(PROMPTS[1]!);
  await expect(page.getByTestId("back-to-gallery")).toHaveAttribute("href", "/gallery?sort=oldest");

  // A star from the image page: the favourites filter then shows that image alone.
  // The star turns at once; the page after it must wait for the server to have saved it.
  const saved = page.waitForResponse((r) => r.request().method() === "POST" && r.ok());
  await page.getByTestId("image-actions").getByRole("button", { name: "Add to favourites" }).click();
  await expect(page.getByTestId("image-actions").getByRole("button", { name: "Remove from favourites" })).toBeVisible();
  await saved;
  await page.goto("/gallery?fav=1");
  await expect(tiles).toHaveCount(1);
  await expect(tiles).toContainText(PROMPTS[1]!);
  await expect(page.getByLabel("My favourites")).toBeChecked();
});
