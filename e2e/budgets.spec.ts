import { expect, test } from "./fixtures/people";
import { StudioPage } from "./pages/studio";

/** RFC 4180, as a spreadsheet reads it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      row.push(field);
      field = "";
    } else if (!quoted && c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

test("a budget just above one generation's estimate lets one through and refuses the next; usage and its CSV show the spend", async ({ owner: { page }, team, server }) => {
  const studio = new StudioPage(page);
  await studio.open();
  const prompt = "A red kite over a chalk down";
  await page.getByTestId("prompt").fill(prompt);
  await page.getByRole("radiogroup", { name: "Quality" }).getByText("Low", { exact: true }).click();
  const estimate = Number((await page.getByTestId("estimate").innerText()).replace(/[^0-9.]/g, ""));
  expect(estimate).toBeGreaterThan(0);

  // An owner sets the team's monthly budget in team settings: 1.2 estimates (one fits, two do not; one is past 80 %).
  await page.goto("/settings/team");
  await page.getByTestId("budget-monthly").fill((estimate * 1.2).toFixed(6));
  await page.getByTestId("budget-save").click();
  await expect(page.getByText("Budgets saved.")).toBeVisible();

  await studio.open();
  await studio.generate({ prompt, quality: "Low" });
  const card = studio.generation(prompt);
  await expect(card.getByTestId("status")).toHaveAttribute("data-status", "succeeded");
  const cost = await card.getByTestId("cost").innerText();

  // Again: refused with the sentence naming the budget, what is left and the estimate.
  await studio.generate({ prompt: `${prompt}, again`, quality: "Low" });
  await expect(page.getByText(/^This request would cost about \$0\.\d+, but the team's monthly budget of \$0\.\d+ has \$0\.\d+ left this month/).first()).toBeVisible();
  await expect(studio.generation(`${prompt}, again`)).toHaveCount(0);
  // Past 80 % of the budget: the studio says so.
  await page.reload();
  await expect(page.getByTestId("budget-banner")).toContainText("The team's monthly budget is");

  // The usage page shows the spend; its CSV matches the database.
  await page.goto("/usage");
  await expect(page.getByTestId("usage-totals")).toContainText(cost);
  await expect(page.getByTestId("usage-model")).toContainText("gpt-image-1-mini");
  const href = await page.getByTestId("usage-csv").getAttribute("href");
  const csv = await page.request.get(href!);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const [header, ...lines] = parseCsv(await csv.text());
  const rows = (await server.db.execute({ sql: `SELECT "id", "costUsd", "prompt" FROM "Generation" WHERE "teamId" = ?`, args: [team.id] })).rows;
  expect(lines).toHaveLength(rows.length);
  expect(rows).toHaveLength(1);
  const line = lines[0]!;
  const col = (name: string) => line[header!.indexOf(name)];
  expect(col("generation_id")).toBe(rows[0]!.id);
  expect(col("prompt")).toBe(prompt);
  expect(Number(col("cost_usd"))).toBe(Number(rows[0]!.costUsd));
  expect(col("billing")).toBe("actual");
});
