// Projects: the studio works inside one, a new project starts empty, the list counts each one's
// work, and a generation moves to another project from its page, with what was made from it.
// A team with many projects: the pickers offer the recent few and find the rest by name.
import { randomBytes } from "node:crypto";
import type { ServerDb } from "./fixtures/server-db";
import { expect, test } from "./fixtures/people";
import { expectAccessible } from "./fixtures/axe";
import { StudioPage } from "./pages/studio";
import { expectInViewport, tapInView } from "./pages/touch";

test("work goes into the studio's project, the list counts it, and a tree moves whole", async ({ owner: { page } }) => {
  const studio = new StudioPage(page);
  await studio.open();
  const select = page.getByTestId("project-select");
  await expect(select).toHaveValue(/'s project$/);
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
  await select.click();
  await page.getByRole("option", { name: "New project…" }).click();
  await page.getByTestId("switcher-new-name").fill("Posters");
  await page.getByTestId("switcher-new-create").click();
  await expect(select).toHaveValue("Posters");
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
  await expect(page.getByTestId("move-target")).toHaveValue("Posters");
  await expect(page.getByTestId("move-descendants")).toBeChecked();
  await page.getByTestId("confirm-button").click();
  await expect(page.getByText("Moved 2 generations to Posters.")).toBeVisible();
  await expect(page.getByTestId("generation-project")).toHaveText("Posters");

  await page.goto("/projects");
  await expect(posters.getByTestId("project-counts")).toHaveText("3 generations · 3 images");
  await expect(own.getByTestId("project-counts")).toHaveText("0 generations · 0 images");

  // And one image back from the gallery's bulk bar, its project found by typing.
  await page.goto("/gallery");
  const lighthouse = page.getByTestId("gallery-item").filter({ hasText: "A poster of a lighthouse" });
  await lighthouse.hover();
  await lighthouse.getByTestId("select-tile").click();
  const target = page.getByTestId("bulk-move-target");
  await target.click();
  await target.fill("olga");
  await page.getByRole("option", { name: "Olga's project" }).click();
  await expect(target).toHaveValue("Olga's project");
  await page.getByTestId("bulk-move").click();
  await expect(page.getByText("1 moved to Olga's project")).toBeVisible();
  await page.goto("/projects");
  await expect(own.getByTestId("project-counts")).toHaveText("1 generation · 1 image");
});

/** Projects made long ago, oldest last: none of them is among the team's recent few. */
async function seedOldProjects(db: ServerDb, teamId: string, names: string[]) {
  const day = 24 * 3600 * 1000;
  const at = (i: number) => new Date(Date.now() - (30 + i) * day).toISOString().replace("Z", "+00:00");
  await db.batch(names.map((name, i) => ({
    sql: 'INSERT INTO "Project" ("id", "teamId", "name", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?)',
    args: [`e2eproj${randomBytes(10).toString("hex")}`, teamId, name, at(i), at(i)],
  })));
}

test("a team with many projects: the page sends the recent few, typing finds any other, by keyboard alone", async ({ owner: { page, team }, server }) => {
  await seedOldProjects(server.db, team.id, [...Array.from({ length: 14 }, (_, i) => `Board ${i + 1}`), "Archive: salt marsh"]);
  await page.goto("/studio");
  const picker = page.getByTestId("project-select");
  await expect(picker).toHaveValue(/'s project$/);
  // Not in the page at all (HTML and its data), until someone asks for it.
  expect(await page.content()).not.toContain("salt marsh");

  await picker.focus();
  await page.keyboard.press("ArrowDown");
  await expect(picker).toHaveAttribute("aria-expanded", "true");
  const list = page.getByRole("listbox", { name: "Project" });
  // The person's own project, nine recent boards, and "New project…".
  await expect(list.getByRole("option")).toHaveCount(11);
  await expect(list.getByRole("option", { name: "Board 14" })).toHaveCount(0);

  await page.keyboard.type("salt");
  await expect(list.getByRole("option")).toHaveText(["Archive: salt marsh", "New project…"]);
  await expect(picker).toHaveAttribute("aria-activedescendant", await list.getByRole("option").first().getAttribute("id") ?? "");
  await page.keyboard.press("Enter");
  await expect(picker).toHaveAttribute("aria-expanded", "false");
  await expect(picker).toHaveValue("Archive: salt marsh");
  await expect(page.getByTestId("project-history-link")).toHaveAttribute("href", /\/projects\/e2eproj/);
  // Escape closes the list and keeps the project.
  await picker.focus();
  await page.keyboard.type("board 1");
  await expect(list.getByRole("option", { name: "Board 12" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(picker).toHaveAttribute("aria-expanded", "false");
  await expect(picker).toHaveValue("Archive: salt marsh");

  // The gallery filters by any project: the choice is in the address, and read back from it.
  await page.goto("/gallery");
  const filter = page.getByTestId("filter-project");
  await expect(filter).toHaveValue("All projects");
  await filter.click();
  await filter.fill("board 13");
  await page.getByRole("option", { name: "Board 13" }).click();
  await expect(page).toHaveURL(/[?&]project=e2eproj/);
  await page.reload();
  await expect(page.getByTestId("filter-project")).toHaveValue("Board 13");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("the studio's picker opens on screen, finds a project by name and switches to it by touch", async ({ owner: { page, team }, server }) => {
    await seedOldProjects(server.db, team.id, ["Spring campaign", "Lighthouse posters", "Archive: salt marsh"]);
    await page.goto("/studio");
    const picker = page.getByTestId("project-select");
    await tapInView(page, picker);
    const list = page.getByRole("listbox", { name: "Project" });
    await expect(list.getByRole("option", { name: "Lighthouse posters" })).toBeVisible();
    await expectInViewport(page, page.getByTestId("project-select-popup"));
    await expectAccessible(page, "the studio's project picker, open, on a phone");
    await picker.fill("marsh");
    await tapInView(page, list.getByRole("option", { name: "Archive: salt marsh" }));
    await expect(picker).toHaveValue("Archive: salt marsh");
    await expect(picker).toHaveAttribute("aria-expanded", "false");
  });
});
