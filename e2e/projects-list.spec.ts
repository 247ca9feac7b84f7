// The projects list a page at a time: a team with more projects than a page holds sees the
// most recently active first, and "Older projects" brings the rest, each once.
import { randomBytes } from "node:crypto";
import { expect, test } from "./fixtures/people";

const PAGE = 24; // lib/db/project-list.ts PROJECTS_PAGE_SIZE

test("the projects list shows the most recent first, and older projects a page further", async ({ owner: { page, team }, server }) => {
  const day = 24 * 3600 * 1000;
  const at = (i: number) => new Date(Date.now() - (10 + i) * day).toISOString().replace("Z", "+00:00");
  const seeded = Array.from({ length: 30 }, (_, i) => `List ${String(i + 1).padStart(2, "0")}`);
  // Projects made on earlier days, the first the most recent (their figures come with them: triggers).
  await server.db.batch(seeded.map((name, i) => ({
    sql: 'INSERT INTO "Project" ("id", "teamId", "name", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?)',
    args: [`e2elist${randomBytes(10).toString("hex")}`, team.id, name, at(i), at(i)],
  })));

  await page.goto("/projects");
  const names = page.getByTestId("project-card").getByTestId("project-name");
  // The owner's own project is made on this first visit: the newest of all.
  await expect(names).toHaveCount(PAGE);
  await expect(names.first()).toHaveText(/'s project$/);
  await expect(names.nth(1)).toHaveText("List 01");
  await expect(names.last()).toHaveText(seeded[PAGE - 2]!);
  await expect(page.getByTestId("projects-newest")).toHaveCount(0);

  await page.getByTestId("projects-more").click();
  await expect(names).toHaveText(seeded.slice(PAGE - 1));
  await expect(page.getByTestId("project-card").first().getByTestId("project-counts")).toHaveText("0 generations · 0 images");
  await expect(page.getByTestId("projects-more")).toHaveCount(0);

  await page.getByTestId("projects-newest").click();
  await expect(names).toHaveCount(PAGE);
  await expect(names.first()).toHaveText(/'s project$/);
});
