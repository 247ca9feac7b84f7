// The content credentials panel on an image's page, against the emulator's signed output:
// what a generated image carries (signed by the emulator's test certificate, which this server
// does not trust), and for an edit of an upload, that Fresco's composite no longer carries
// them, what the provider's own file carries, and None for the uploaded base.
import { patternPng, tempDir } from "./fixtures/images";
import { expect, test } from "./fixtures/people";
import { EditorPage } from "./pages/editor";
import { StudioPage } from "./pages/studio";

test("a generated image shows the emulator's manifest: made with AI, signer not verified", async ({ member: { page } }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.generate({ prompt: "A copper kettle on a stove", quality: "Low" });
  const card = studio.generation("A copper kettle on a stove");
  await expect(card.getByTestId("status")).toHaveAttribute("data-status", "succeeded");
  await page.goto(`/gallery/${await card.getAttribute("data-generation-id")}`);

  const panel = page.getByTestId("content-credentials");
  await expect(panel.getByRole("heading", { name: "Content credentials" })).toBeVisible();
  await expect(panel.getByTestId("credentials-state")).toHaveText("Intact, signer not verified");
  await expect(panel.getByTestId("made-with-ai")).toHaveText("Made with AI");
  await expect(panel).toContainText("Issuer (as the certificate names it)Fresco Test");
  await expect(panel).toContainText("SignerFresco Emulator Signer");
  await expect(panel.getByTestId("credentials-actions")).toHaveText("Created by gpt-image-1-mini");
  await expect(panel).toContainText("not on this server's trust list");
  await expect(panel).not.toContainText(/verified by/i);
});

test("an edit of an upload: the composite no longer carries them, the provider's file does, the upload has none", async ({ owner: { page } }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.upload((await patternPng(tempDir(), 512, 512)).file);
  await expect(editor.stage()).toBeVisible();
  await editor.paintRect({ x: 100, y: 100 }, { x: 300, y: 260 });
  await editor.submit("A paper boat");
  const card = editor.generation("A paper boat");
  await expect(card.getByTestId("status")).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });
  await page.goto(`/gallery/${await card.getAttribute("data-generation-id")}`);

  const panel = page.getByTestId("content-credentials");
  await expect(panel.getByTestId("credentials-derived")).toContainText("so this file no longer carries the provider's content credentials");
  const image = panel.getByTestId("credentials-image");
  await expect(image.getByTestId("credentials-state")).toHaveText("Intact, signer not verified");
  await expect(image.getByTestId("made-with-ai")).toBeVisible();
  await expect(image.getByTestId("download-raw")).toHaveAttribute("href", /\?variant=raw&download=1$/);

  const base = panel.getByTestId("credentials-input");
  await expect(base).toHaveCount(1);
  await expect(base).toContainText("Base");
  await expect(base.getByTestId("credentials-state")).toHaveText("None");
  await expect(base).toContainText("This file carries no content credentials.");
});
