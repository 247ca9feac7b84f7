// Refining a result from its card: Vary asks the same request again, Re-prompt the same with a
// new prompt; each new card says which image it came from and how.
import { expect, test } from "./fixtures/people";
import { StudioPage } from "./pages/studio";

test("Vary and Re-prompt make children of an image, each card saying how", async ({ owner: { page } }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.generate({ prompt: "A paper boat on a puddle", images: 2, quality: "Low" });
  const card = studio.generation("A paper boat on a puddle").first();
  await expect(card.getByTestId("candidate")).toHaveCount(2);
  await expect(card.getByTestId("status")).toHaveAttribute("data-status", "succeeded");

  const second = card.getByTestId("candidate").nth(1);
  await second.hover();
  await second.getByTestId("vary").click();
  const variation = page.getByTestId("generation").first();
  await expect(variation.getByTestId("parent-line")).toHaveText("variation of #2");
  await expect(variation.getByTestId("status")).toHaveAttribute("data-status", "succeeded");
  await expect(variation.getByTestId("candidate")).toHaveCount(1);

  const first = card.getByTestId("candidate").first();
  await first.hover();
  await first.getByTestId("reprompt").click();
  const prompt = first.getByLabel("New prompt");
  await expect(prompt).toHaveValue("A paper boat on a puddle");
  // Esc closes the form without running anything.
  await prompt.press("Escape");
  await expect(first.getByTestId("reprompt-form")).toHaveCount(0);

  await first.hover();
  await first.getByTestId("reprompt").click();
  await first.getByLabel("New prompt").fill("A paper boat on a puddle at night");
  await first.getByLabel("New prompt").press("Enter");
  const reprompted = studio.generation("A paper boat on a puddle at night").first();
  await expect(reprompted.getByTestId("parent-line")).toHaveText("re-prompt of #1");
  await expect(reprompted.getByTestId("status")).toHaveAttribute("data-status", "succeeded");
  await expect(page.getByTestId("generation")).toHaveCount(3);
});
