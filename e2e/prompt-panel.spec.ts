import { expect, test } from "./fixtures/people";
import { StudioPage } from "./pages/studio";

const EMULATOR = `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT ?? 4110}`;
const providerCalls = async () => ((await (await fetch(`${EMULATOR}/__emulator/requests`)).json()) as { count: number }).count;

test.beforeEach(async ({ owner }) => {
  await new StudioPage(owner.page).open();
});

test("every parameter is offered, kept valid, estimated, and sent", async ({ owner: { page, context } }) => {
  const studio = new StudioPage(page);
  await page.getByTestId("prompt").fill("A paper lantern festival");
  await expect(page.getByTestId("char-count")).toHaveText("24 / 32,000");

  // Transparent backgrounds offer only PNG and WebP; compression only for JPEG and WebP.
  await page.getByRole("radiogroup", { name: "Format" }).getByText("JPEG").click();
  await expect(page.getByTestId("compression")).toBeEnabled();
  await page.getByRole("radiogroup", { name: "Background" }).getByText("Transparent").click();
  await expect(page.getByRole("radio", { name: "JPEG" })).toBeDisabled();
  await expect(page.getByRole("radio", { name: "PNG" })).toBeChecked();
  await expect(page.getByTestId("compression")).toBeDisabled();
  await page.getByRole("radiogroup", { name: "Format" }).getByText("WebP").click();
  await page.getByTestId("compression").fill("70");
  await page.getByRole("radiogroup", { name: "Size" }).getByText("Portrait").click();
  await page.getByRole("radiogroup", { name: "Quality" }).getByText("Medium").click();
  await page.getByRole("radiogroup", { name: /Partial images/ }).getByText("2", { exact: true }).click();
  await page.getByText("Advanced").click();
  await page.getByRole("radiogroup", { name: "Moderation" }).getByText("Low").click();
  await page.getByTestId("user-id").fill("designer-42");

  // 1584 medium portrait tokens + 2 partials × 100, at $8/1M, plus 6 text tokens at $2/1M.
  await expect(page.getByTestId("estimate")).toHaveText("Estimate $0.0143");

  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByTestId("copy-curl").click();
  // The copy is asynchronous in the page: wait for it to land rather than read at once.
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  await expect.poll(clipboard).toContain("/images/generations");
  const curl = await clipboard();
  expect(curl).toContain('"output_compression": 70');
  expect(curl).toContain('"partial_images": 2');
  expect(curl).not.toMatch(/offline-emulator|sk-/);

  await page.getByTestId("prompt").press("Control+Enter");
  const card = studio.generation("A paper lantern festival");
  await expect(card.getByTestId("status")).toHaveAttribute("data-status", "succeeded");
  await expect(card.getByTestId("cost")).toHaveText("$0.0143");
  await card.getByTestId("candidate").click();
  await expect(page.getByTestId("stage-image")).toHaveAttribute("src", /\/api\/images\//);

  // The provider really got these values: the stored image is a transparent portrait WebP.
  const src = await page.getByTestId("stage-image").getAttribute("src");
  const image = await page.request.get(src!);
  expect(image.headers()["content-type"]).toBe("image/webp");

  // The last parameters come back on the next visit; the prompt is one click away.
  await page.reload();
  await expect(page.getByRole("radio", { name: "Medium" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "WebP" })).toBeChecked();
  await page.getByTestId("recent-prompts").click();
  await page.getByRole("button", { name: "A paper lantern festival", exact: true }).click();
  await expect(page.getByTestId("prompt")).toHaveValue("A paper lantern festival");
});

test("gpt-image-2 takes the usual presets and custom sizes, saying which rule a typed size breaks", async ({ owner: { page } }) => {
  const studio = new StudioPage(page);
  const size = page.getByRole("radiogroup", { name: "Size" });
  await page.getByTestId("prompt").fill("A harbour at dusk, wide");
  // The listed-size models offer no presets beyond their three sizes.
  await expect(size.getByText("16:9", { exact: true })).toHaveCount(0);
  await page.getByTestId("model").selectOption("gpt-image-2");

  await size.getByText("Custom", { exact: true }).click();
  await page.getByTestId("size-width").fill("1000");
  await expect(page.getByTestId("size-note")).toHaveText("Both sides must be multiples of 16: 1000 is not.");
  await page.getByTestId("size-width").fill("3840");
  await page.getByTestId("size-height").fill("1024");
  await expect(page.getByTestId("size-note")).toHaveText("The long side may be at most 3 times the short one: 3840×1024 is 3.75:1.");
  await size.getByText("4K", { exact: true }).click();
  await expect(page.getByTestId("size-caption")).toHaveText(/3840 × 2160 · 8\.3 MP\s*experimental/);

  await size.getByText("16:9", { exact: true }).click();
  await expect(page.getByTestId("size-caption")).toHaveText("2048 × 1152 · 2.4 MP");
  // No price or token count is published for gpt-image-2: the estimate says so rather than guess.
  await expect(page.getByTestId("estimate")).toContainText("unknown");
  await page.getByTestId("generate").click();
  const card = studio.generation("A harbour at dusk, wide");
  await expect(card.getByTestId("status")).toHaveAttribute("data-status", "succeeded");
  await expect(card).toContainText("2048x1152");
  await card.getByTestId("candidate").click();
  await expect(page.getByTestId("stage-image")).toHaveJSProperty("naturalWidth", 2048);
  await expect(page.getByTestId("stage-image")).toHaveJSProperty("naturalHeight", 1152);
});

test("a request over the per-request cost ceiling says so before it is sent, and can't be sent", async ({ owner: { page } }) => {
  await page.getByTestId("prompt").fill("ten large, high-quality images");
  await page.getByLabel("Model").selectOption({ label: "GPT Image 1.5" });
  await page.getByRole("radiogroup", { name: "Size" }).getByText("Landscape").click();
  await page.getByRole("radiogroup", { name: "Quality" }).getByText("High").click();
  const more = page.getByRole("button", { name: "One image more" });
  while (await more.isEnabled()) await more.click();
  await expect(page.getByTestId("over-ceiling")).toHaveText("Over the $1.00 limit per request: lower n, size or quality.");
  await expect(page.getByTestId("generate")).toBeDisabled();
  await page.getByRole("radiogroup", { name: "Quality" }).getByText("Low").click();
  await expect(page.getByTestId("over-ceiling")).toHaveCount(0);
  await expect(page.getByTestId("generate")).toBeEnabled();
});

test("partial images appear while the image renders, then the final image replaces them", async ({ owner: { page } }) => {
  const studio = new StudioPage(page);
  await studio.generate({ prompt: "A slow sunrise over salt flats [latency:2000]", quality: "Low" });
  const card = studio.generation("A slow sunrise");
  await expect(card.getByTestId("pending-tile").locator("img")).toBeVisible();
  await expect(card.getByTestId("status")).toHaveAttribute("data-status", "succeeded");
  await expect(card.getByTestId("pending-tile")).toHaveCount(0);
  await expect(card.getByTestId("candidate")).toHaveCount(1);
});

test("failures explain themselves and are kept with their reason", async ({ owner: { page } }) => {
  const studio = new StudioPage(page);
  await studio.generate({ prompt: "Something the filter refuses [fault:moderation]" });
  const card = studio.generation("Something the filter refuses");
  await expect(card.getByTestId("status")).toHaveAttribute("data-status", "failed");
  await expect(card.getByTestId("generation-error")).toContainText("The provider's safety system refused this prompt.");
  await expect(card.getByTestId("generation-error")).toContainText(/request req_/);
  await page.reload();
  await expect(studio.generation("Something the filter refuses").getByTestId("generation-error")).toContainText("safety system");
});

test("work beyond four per person queues visibly, and canceling a queued one never calls the provider", async ({ owner: { page } }) => {
  const studio = new StudioPage(page);
  for (let i = 1; i <= 6; i++) await studio.generate({ prompt: `Stuck job ${i} [fault:hang]` });
  await expect(page.getByTestId("status").and(page.locator('[data-status="queued"]'))).toHaveCount(2);
  await expect(studio.generation("Stuck job 6").getByTestId("status")).toHaveText(/Queued · #\d/);

  const before = await providerCalls();
  await studio.generation("Stuck job 6").getByTestId("cancel").click();
  await expect(studio.generation("Stuck job 6").getByTestId("status")).toHaveAttribute("data-status", "canceled");
  await expect(studio.generation("Stuck job 6").getByTestId("generation-error")).toContainText("Nothing was billed");

  // Canceling a running one aborts the call; its cost may be unknown.
  await studio.generation("Stuck job 1").getByTestId("cancel").click();
  await expect(studio.generation("Stuck job 1").getByTestId("status")).toHaveAttribute("data-status", "canceled");
  await expect(studio.generation("Stuck job 1").getByTestId("generation-error")).toContainText("cost is unknown");
  // Job 5 moved up and started: one new provider call, none for the canceled job 6.
  await expect(studio.generation("Stuck job 5").getByTestId("status")).toHaveAttribute("data-status", "running");
  // "running" is shown a moment before the call leaves: poll the emulator's count.
  await expect.poll(providerCalls).toBe(before + 1);
  for (const n of [2, 3, 4, 5]) await studio.generation(`Stuck job ${n}`).getByTestId("cancel").click();
  await expect(page.getByTestId("status").and(page.locator('[data-status="canceled"]'))).toHaveCount(6);
});

test("finalists are picked, the rest discarded, and a finalist re-runs on a larger model", async ({ owner: { page } }) => {
  const studio = new StudioPage(page);
  await studio.generate({ prompt: "Four teacups on a shelf", images: 4, quality: "Low" });
  const card = studio.generation("Four teacups on a shelf").first();
  await expect(card.getByTestId("candidate")).toHaveCount(4);

  const candidates = card.getByTestId("candidate");
  await candidates.nth(1).hover();
  await candidates.nth(1).getByTestId("mark-finalist").click();
  await expect(candidates.nth(1)).toHaveAttribute("data-pick", "finalist");
  for (const i of [3, 2]) {
    await candidates.nth(i).hover();
    await candidates.nth(i).getByTestId("discard").click();
  }
  await expect(card.getByTestId("candidate")).toHaveCount(2);
  await expect(card.getByTestId("toggle-discarded")).toHaveText("2 discarded · show");

  const rerun = card.getByTestId("rerun");
  await rerun.getByLabel("Re-run with model").selectOption("gpt-image-1.5");
  await rerun.getByLabel("Re-run at quality").selectOption("high");
  // The original request, on gpt-image-1.5 at high: 4160 tokens + 100 for its one partial image
  // at $32/1M, plus 6 text tokens at $5/1M.
  await expect(rerun.getByTestId("rerun-button")).toHaveText(/\$0\.1364/);
  await rerun.getByTestId("rerun-button").click();
  const upgraded = page.getByTestId("generation").first();
  await expect(upgraded.getByTestId("status")).toHaveAttribute("data-status", "succeeded");
  await expect(upgraded).toContainText("1024x1024 · high · 1 image");

  await page.reload();
  const reloaded = studio.generation("Four teacups on a shelf").last();
  await expect(reloaded.getByTestId("candidate")).toHaveCount(2);
  await reloaded.getByTestId("toggle-discarded").click();
  await expect(reloaded.getByTestId("candidate")).toHaveCount(4);
});
