// Projects: the studio works inside one, a new project starts empty, the list counts each one's
// work, and a generation moves to another project from its page, with what was made from it.
import { expect, test } from "./fixtures/people";
import { StudioPage } from "./pages/studio";

test("work goes into the studio's project, the list counts it, and a tree moves whole", async ({ owner: { page } }) => {
  const studio = new StudioPage(page);
  await studio.open();
  const select = page.getByTestId("project-select");
  await expect(select.locator("option:checked")).toHaveText(/'s project$/);
  await studio.generate({ prompt: "A kite over dunes", quality: "Low" });
  const kite = studio.generation("A kite over dunes").first();
  await expect(kite.getByTestId("status")).toHaveAttribute("data-status", "succeeded");
  // A variation is the kite's child: it goes where the kite is, and moves with it later.
  const candidate = kite.getByTestId("candidate").first();
  await candidate.hover();
  await candidate.getByTestId("vary").click();
  await expect(page.getByTestId("generation")).toHaveCount(2);
  await expect(page.getByTestId("generation").first().getByTestId("status")).toHaveAttribute("data-status", "succeeded");

  // A new project from the switcher: the studio is in it at once, and its rail is empty.
  await select.selectOption("__new__");
  await page.getByTestId("switcher-new-name").fill("Posters");
  await page.getByTestId("switcher-new-create").click();
  await expect(select.locator("option:checked")).toHaveText("Posters");
  await expect(page.getByTestId("generation")).toHaveCount(0);
  await studio.generate({ prompt: "A poster of a lighthouse", quality: "Low" });
  await expect(page.getByTestId("generation")).toHaveCount(1);
  await expect(page.getByTestId("generation").getByTestId("status")).toHaveAttribute("data-status", "succeeded");

  await page.goto("/projects");
  const posters = page.getByTestId("project-card").filter({ has: page.getByTestId("project-name").getByText("Posters", { exact: true }) });
  await expect(posters.getByTestId("project-counts")).toHaveText("1 generation · 1 image");
  const own = page.getByTestId("project-card").filter({ hasText: "Yours" });
  await expect(own.getByTestId("project-counts")).toHaveText("2 generations · 2 images");

  // Move the kite, and everything made from it, into Posters.
  await page.goto("/gallery");
  await page.getByTestId("gallery-item").filter({ hasText: "A kite over dunes" }).last().click();
  await page.getByTestId("move-to-project").click();
  await page.getByTestId("move-target").selectOption({ label: "Posters" });
  await expect(page.getByTestId("move-descendants")).toBeChecked();
  await page.getByTestId("confirm-button").click();
  await expect(page.getByText("Moved 2 generations to Posters.")).toBeVisible();
  await expect(page.getByTestId("generation-project")).toHaveText("Posters");

  await page.goto("/projects");
  await expect(posters.getByTestId("project-counts")).toHaveText("3 generations · 3 images");
  await expect(own.getByTestId("project-counts")).toHaveText("0 generations · 0 images");
});
