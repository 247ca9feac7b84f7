// Result cards say what they are, and errors clear themselves: the prompt's error goes as soon
// as a prompt is typed; a failed run is a compact card whose Retry asks the same request again
// under a new idempotency key (a new card, which then succeeds); an edit's card shows the size
// that was made, not "auto"; deleting a generation asks in a styled dialog, not confirm().
import { expect, test } from "./fixtures/people";
import { StudioPage } from "./pages/studio";

test("the prompt's error clears as a prompt is typed; a failed card is compact and Retry sends it again", async ({ owner: { page } }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await page.getByTestId("generate").click();
  const error = page.getByText("Write a prompt describing the image.");
  await expect(error).toBeVisible();
  await page.getByTestId("prompt").pressSequentially("A");
  await expect(error).toHaveCount(0);

  // 401 is not retried by the runner; the emulator fails only the first identical request.
  const prompt = `A moth on a lamp [fault:401x1] ${Date.now()}`;
  await studio.generate({ prompt });
  const cards = studio.generation(prompt);
  await expect(cards.getByTestId("status")).toHaveAttribute("data-status", "failed");
  await expect(cards).toHaveAttribute("data-compact", "");
  await expect(cards.getByTestId("pending-tile")).toHaveCount(0);
  await expect(cards.getByTestId("generation-error")).toBeVisible();
  await cards.getByTestId("retry").click();
  await expect(cards).toHaveCount(2);
  await expect(cards.first().getByTestId("status")).toHaveAttribute("data-status", "succeeded");
  await expect(cards.last().getByTestId("status")).toHaveAttribute("data-status", "failed");
});

test("an edit's card shows the size made; deleting asks in a styled dialog", async ({ owner: { page } }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.generate({ prompt: "A teal bicycle", size: "Landscape" });
  const card = studio.generation("A teal bicycle");
  await expect(card.getByTestId("status")).toHaveAttribute("data-status", "succeeded");
  await card.getByTestId("edit-this").first().click();
  await expect(page.getByTestId("mask-stage")).toBeVisible();
  await page.keyboard.press("f");
  await page.getByTestId("prompt").fill("A teal bicycle with a basket");
  await page.getByTestId("submit-edit").click();
  const edit = page.getByTestId("generation").filter({ hasText: "with a basket" });
  await expect(edit.getByTestId("status")).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });
  await expect(edit.locator("footer")).toContainText("1536x1024");
  await expect(edit.locator("footer")).not.toContainText(/^auto/);

  // An image's page: Delete asks in the app's own dialog (a browser confirm() would fail the test).
  page.on("dialog", (d) => {
    throw new Error(`a native ${d.type()} dialog opened: ${d.message()}`);
  });
  await page.goto(`/gallery/${await edit.getAttribute("data-generation-id")}`);
  await page.getByTestId("delete-generation").click();
  const dialog = page.getByTestId("confirm-dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("heading", { name: "Delete this generation?" })).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toHaveCount(0);
});
