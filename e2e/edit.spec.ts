import type { Page } from "@playwright/test";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import type { GenerationView } from "../lib/views/generation";
import { htmlNamedPng, jpegBytes, oversizedPng, patternPng, rgbaPngBytes, tempDir } from "./fixtures/images";
import { expect, test } from "./fixtures/people";
import { EditorPage } from "./pages/editor";
import { StudioPage } from "./pages/studio";

const emulator = `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT ?? 4110}`;

async function providerCalls(): Promise<number> {
  const res = await fetch(`${emulator}/__emulator/requests`);
  return ((await res.json()) as { count: number }).count;
}

/** The generation as the server reports it. */
async function generationView(page: Page, id: string): Promise<GenerationView> {
  return (await (await page.request.get(`/api/generations/${id}`)).json()) as GenerationView;
}

async function rgba(bytes: Buffer) {
  const { data, info } = await sharp(bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

test("a painted rectangle becomes the mask, and the result keeps every pixel outside it", async ({ owner: { page } }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const { file, raw } = await patternPng(tempDir());
  await editor.upload(file);
  await expect(editor.stage()).toBeVisible();

  // At 100 % one image pixel is one CSS pixel; the rectangle sits in the visible middle.
  await page.getByTestId("zoom-100").click();
  await expect(page.getByTestId("zoom-level")).toHaveText("100%");
  const { from, to } = await editor.paintRect({ x: 700, y: 450 }, { x: 860, y: 570 });
  await expect(page.getByTestId("undo")).toBeEnabled();

  const prompt = "A brass door knocker";
  await editor.submit(prompt);
  const card = editor.generation(prompt);
  await expect(card.getByTestId("status")).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });
  const id = (await card.getAttribute("data-generation-id"))!;
  const view = await generationView(page, id);

  // The stored mask: RGBA, the base's size, transparent exactly inside the rectangle.
  const maskInput = view.inputs.find((i) => i.role === "mask")!;
  const maskRes = await page.request.get(`/api/generation-inputs/${maskInput.id}`);
  expect(maskRes.status()).toBe(200);
  const maskBytes = await maskRes.body();
  const meta = await sharp(maskBytes).metadata();
  expect([meta.format, meta.width, meta.height, meta.channels]).toEqual(["png", 1536, 1024, 4]);
  const mask = await rgba(maskBytes);
  // A pixel is inside when its centre is (the rasterizer's half-open rule at pixel centres).
  const x0 = Math.ceil(from.x - 0.5), x1 = Math.ceil(to.x - 0.5), y0 = Math.ceil(from.y - 0.5), y1 = Math.ceil(to.y - 0.5);
  expect(x1 - x0).toBeGreaterThan(100);
  let wrong = 0;
  for (let y = 0; y < 1024; y++) {
    for (let x = 0; x < 1536; x++) {
      const inside = x >= x0 && x < x1 && y >= y0 && y < y1;
      if (mask.data[(y * 1536 + x) * 4 + 3] !== (inside ? 0 : 255)) wrong++;
    }
  }
  expect(wrong).toBe(0);

  // The result: outside the mask, byte for byte the source.
  const result = await rgba(await (await page.request.get(`/api/images/${view.images[0]!.id}`)).body());
  expect([result.width, result.height]).toEqual([1536, 1024]);
  let changedOutside = 0, changedInside = 0;
  for (let i = 0, p = 0; i < raw.length; i += 3, p += 4) {
    const same = result.data[p] === raw[i] && result.data[p + 1] === raw[i + 1] && result.data[p + 2] === raw[i + 2];
    if (mask.data[p + 3] === 255 && !same) changedOutside++;
    if (mask.data[p + 3] === 0 && !same) changedInside++;
  }
  expect(changedOutside).toBe(0);
  expect(changedInside).toBeGreaterThan(0);

  // The gallery keeps the inputs and shows what the provider changed.
  await page.goto(`/gallery/${id}`);
  await expect(page.getByTestId("edit-inputs").getByRole("img")).toHaveCount(2);
  await page.getByRole("radio", { name: "What changed" }).check({ force: true });
  await expect.poll(() => page.getByTestId("heatmap").evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(1536);
  const rawOutput = await page.request.get(`/api/images/${view.images[0]!.id}?variant=raw`);
  expect(rawOutput.status()).toBe(200);
});

test("invalid files are refused with a message naming them, and the provider is never called", async ({ owner: { page } }) => {
  // A stored picture to edit: the server's own checks are then reached with only the files under test.
  const studio = new StudioPage(page);
  await studio.open();
  await studio.generate({ prompt: "A plain grey wall" });
  await expect(studio.generation("A plain grey wall").getByTestId("status")).toHaveAttribute("data-status", "succeeded");

  const editor = new EditorPage(page);
  await editor.open();
  const dir = tempDir();
  const before = await providerCalls();

  // Bases the browser cannot open are refused before anything is sent.
  await editor.upload(htmlNamedPng(dir));
  await expect(page.getByTestId("upload-error")).toContainText("not-really.png is not a PNG, JPEG or WebP image");
  await editor.upload(oversizedPng(dir));
  await expect(page.getByTestId("upload-error")).toContainText("huge.png is 51 MB; each image may be at most 50 MB.");

  // "Edit this" on a result opens it as the base.
  await editor.generation("A plain grey wall").getByTestId("result-image").first().click();
  await page.getByTestId("edit-this").click();
  await expect(editor.stage()).toBeVisible();
  await editor.paintRect({ x: 100, y: 100 }, { x: 300, y: 260 });

  // A reference is checked as it is added, by the server's rules and in its words (magic bytes,
  // then a full decode): an HTML file and a PNG cut short are refused there, before any submit.
  await editor.addReference(htmlNamedPng(dir));
  await expect(page.getByTestId("upload-error")).toContainText("not-really.png is not a PNG, JPEG or WebP image (its content says otherwise).");
  const cut = path.join(dir, "cut.png");
  writeFileSync(cut, readFileSync((await patternPng(dir, 256, 256)).file).subarray(0, 3000));
  await editor.addReference(cut);
  await expect(page.getByTestId("upload-error")).toContainText("cut.png is damaged or cut short and cannot be read.");
  await expect(page.getByTestId("reference")).toHaveCount(1);
  await page.getByTestId("prompt").fill("Make it sepia");

  // Masks the editor never makes, sent anyway by rewriting the submission: a JPEG, and a PNG of the wrong size.
  await editor.replaceMaskInNextSubmission(await jpegBytes(1024, 1024));
  await page.getByTestId("submit-edit").click();
  await expect(page.getByTestId("edit-error")).toContainText("mask.png: the mask must be a PNG with transparency");
  await editor.replaceMaskInNextSubmission(await rgbaPngBytes(300, 200));
  await page.getByTestId("submit-edit").click();
  await expect(page.getByTestId("edit-error")).toContainText("mask.png is 300×200 but");

  // Loading a JPEG as a mask is stopped in the browser.
  await page.getByTestId("load-mask-input").setInputFiles({ name: "mask.jpg", mimeType: "image/jpeg", buffer: await jpegBytes(64, 64) });
  await expect(page.getByTestId("upload-error")).toContainText("“mask.jpg” is not a PNG mask");

  await expect(page.getByTestId("generation")).toHaveCount(1);
  expect(await providerCalls()).toBe(before);
});

test("a batch of prompts over one mask makes one edit each, grouped with its progress and cost", async ({ owner: { page } }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const { file } = await patternPng(tempDir());
  await editor.upload(file);
  await editor.paintRect({ x: 600, y: 400 }, { x: 800, y: 560 });
  await page.getByRole("radiogroup", { name: "Make" }).getByText("Per prompt").click();
  await page.getByTestId("bulk-prompts").fill("a red scarf\na blue scarf\na striped scarf");
  await expect(page.getByText("3 prompts (at most 20)")).toBeVisible();
  await page.getByTestId("submit-edit").click();

  const batch = page.getByTestId("batch");
  await expect(batch.getByTestId("generation")).toHaveCount(3);
  await expect(batch).toContainText("Batch · 3 edits · done");
  for (const prompt of ["a red scarf", "a blue scarf", "a striped scarf"]) {
    await expect(batch.getByTestId("generation").filter({ hasText: prompt }).getByTestId("status")).toHaveAttribute("data-status", "succeeded");
  }

  // A result becomes the next base in place, and its mask survives the results that follow.
  const result = batch.getByTestId("candidate").first();
  await result.hover();
  await result.getByRole("button", { name: "Edit this image" }).click();
  await expect(page.getByTestId("undo")).toBeDisabled();
  await editor.paintRect({ x: 650, y: 420 }, { x: 760, y: 520 });
  const spend = await page.getByTestId("month-spend").textContent();
  await page.getByTestId("bulk-prompts").fill("a green scarf\na grey scarf");
  await page.getByTestId("submit-edit").click();
  for (const prompt of ["a green scarf", "a grey scarf"]) {
    await expect(page.getByTestId("generation").filter({ hasText: prompt }).getByTestId("status")).toHaveAttribute("data-status", "succeeded");
  }
  // The page refreshes its server-rendered parts (the month's spend) after each result.
  await expect(page.getByTestId("month-spend")).not.toHaveText(spend!);
  await expect(page.getByTestId("undo")).toBeEnabled();
});

test("the mask of a past edit is restored onto its result and sent again, pixel for pixel", async ({ owner: { page } }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const { file } = await patternPng(tempDir());
  await editor.upload(file);
  await page.getByTestId("zoom-100").click();
  await editor.paintRect({ x: 700, y: 450 }, { x: 860, y: 570 });
  await editor.submit("A copper weather vane");
  const first = editor.generation("A copper weather vane");
  await expect(first.getByTestId("status")).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });

  // "Edit this" on the edit's result: a fresh mask, and the offer to use the one that made it.
  await first.getByTestId("result-image").first().click();
  await page.getByTestId("edit-this").click();
  await expect(page.getByTestId("undo")).toBeDisabled();
  await page.getByTestId("restore-mask").click();
  await expect(page.getByTestId("undo")).toBeEnabled(); // one step, undoable
  await editor.submit("A silver weather vane");
  const second = editor.generation("A silver weather vane");
  await expect(second.getByTestId("status")).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });

  const storedMask = async (card: typeof first) => {
    const view = await generationView(page, (await card.getAttribute("data-generation-id"))!);
    const input = view.inputs.find((i) => i.role === "mask")!;
    return rgba(await (await page.request.get(`/api/generation-inputs/${input.id}`)).body());
  };
  const [a, b] = [await storedMask(first), await storedMask(second)];
  expect([b.width, b.height]).toEqual([a.width, a.height]);
  expect(a.data.filter((_, i) => i % 4 === 3 && a.data[i] === 0).length).toBeGreaterThan(10_000);
  expect(Buffer.compare(a.data, b.data)).toBe(0);
});
