import { expect, test } from "./fixtures/people";
import { StudioPage } from "./pages/studio";

test("a new user generates two images, sees their cost, and finds them in the gallery after a reload", async ({ owner: { page } }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await expect(page.getByTestId("provider-badge")).toHaveText(/Offline emulator/);

  const prompt = "A lighthouse on a basalt cliff at dawn";
  await studio.generate({ prompt, images: 2, size: "Landscape", quality: "Low" });

  const card = studio.generation(prompt);
  await expect(card.getByTestId("status")).toHaveAttribute("data-status", "succeeded");
  await expect(card.getByTestId("result-image")).toHaveCount(2);
  // Live preview is on by default with one partial image: each image is its own streamed call,
  // 2 × (400 low landscape tokens + 100 for the partial) at $8/1M + 2 × 10 text tokens at $2/1M.
  await expect(card.getByTestId("cost")).toHaveText("$0.008");
  await expect(page.getByTestId("stage-image")).toBeVisible();

  // Both thumbnails really load (the image route answers with image bytes).
  for (const img of await card.getByTestId("result-image").all()) {
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
  }

  await page.reload();
  await expect(studio.generation(prompt).getByTestId("result-image")).toHaveCount(2);
  await expect(page.getByTestId("month-spend")).toContainText("$0.008");

  await page.getByRole("link", { name: "Gallery" }).click();
  // The gallery is a grid of images: one tile for each of the two.
  const item = page.getByTestId("gallery-item").filter({ hasText: prompt });
  await expect(item).toHaveCount(2);
  await expect(item.getByTestId("result-image")).toHaveCount(2);
  await item.first().click();
  await expect(page.getByTestId("generation-details")).toContainText("gpt-image-1-mini");
  await expect(page.getByTestId("generation-details")).toContainText("1000"); // image tokens out

  const href = await page.getByTestId("full-image-link").first().getAttribute("href");
  const full = await page.request.get(href!);
  expect(full.status()).toBe(200);
  expect(full.headers()["content-type"]).toBe("image/png");
  const body = await full.body();
  expect(body.subarray(1, 4).toString()).toBe("PNG");
  // The PNG header's width and height: a real 1536×1024 image.
  expect(body.readUInt32BE(16)).toBe(1536);
  expect(body.readUInt32BE(20)).toBe(1024);
  const again = await page.request.get(href!, { headers: { "If-None-Match": full.headers()["etag"]! } });
  expect(again.status()).toBe(304);
});

test("an empty prompt is refused in the form and nothing is queued", async ({ owner: { page } }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await page.getByTestId("generate").click();
  await expect(page.getByText("Write a prompt describing the image.")).toBeVisible();
  await expect(page.getByTestId("generation")).toHaveCount(0);
});
