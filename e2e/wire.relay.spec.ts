// Calls of every shape the app makes, on the relay server, so that the wire check after the
// relay project (e2e/wire.teardown.ts) sees each of them: JSON generations streamed (relay.spec.ts)
// and not, an answer the provider refuses, and a multipart edit with a mask and a reference.
import { patternPng, tempDir } from "./fixtures/images";
import { expect, test } from "./fixtures/people";
import { EditorPage } from "./pages/editor";
import { StudioPage } from "./pages/studio";

test("a generation without live preview, and one the provider refuses", async ({ owner: { page } }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await page.getByTestId("stream").uncheck();
  await studio.generate({ prompt: "Two kites over a salt flat", images: 2, quality: "Low" });
  await expect(studio.generation("Two kites").getByTestId("status")).toHaveAttribute("data-status", "succeeded");
  await expect(studio.generation("Two kites").getByTestId("result-image")).toHaveCount(2);

  await studio.generate({ prompt: "Something the filter refuses [fault:moderation]" });
  const refused = studio.generation("Something the filter refuses");
  await expect(refused.getByTestId("status")).toHaveAttribute("data-status", "failed");
  await expect(refused.getByTestId("generation-error")).toContainText("safety system");
});

test("an edit with a mask and a reference image", async ({ owner: { page } }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const dir = tempDir();
  await editor.upload((await patternPng(dir)).file);
  await expect(editor.stage()).toBeVisible();
  await editor.paintRect({ x: 600, y: 400 }, { x: 800, y: 560 });
  await editor.addReference((await patternPng(dir, 512, 512)).file);
  await expect(page.getByTestId("reference")).toHaveCount(2);
  await editor.submit("A brass door knocker");
  await expect(editor.generation("A brass door knocker").getByTestId("status")).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });
});
