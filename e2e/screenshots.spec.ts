// Pictures of every main page at phone, tablet and desktop sizes for docs/screenshots/ (the
// README shows two). Run on purpose only: FRESCO_SCREENSHOTS=1 npx playwright test e2e/screenshots.spec.ts
import path from "node:path";
import { expect, test } from "./fixtures/people";
import { StudioPage } from "./pages/studio";
import { patternPng, tempDir } from "./fixtures/images";

const SIZES = [
  { name: "phone", viewport: { width: 390, height: 844 }, touch: true },
  { name: "tablet", viewport: { width: 768, height: 1024 }, touch: true },
  { name: "desktop", viewport: { width: 1440, height: 900 }, touch: false },
] as const;

const out = (name: string) => path.resolve(__dirname, "../docs/screenshots", `${name}.png`);

test.skip(!process.env.FRESCO_SCREENSHOTS, "makes the pictures in docs/screenshots/ only when asked");

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport, hasTouch: size.touch, isMobile: size.name === "phone" });

    test(`screenshots (${size.name})`, async ({ owner: { page } }) => {
      test.setTimeout(180_000);
      const studio = new StudioPage(page);
      await studio.open();
      await studio.generate({ prompt: "A lighthouse on a basalt cliff at dawn, soft mist, 35 mm film", images: 2, size: "Landscape" });
      const card = studio.generation("A lighthouse");
      await expect(card.getByTestId("status")).toHaveAttribute("data-status", "succeeded");
      if (size.name === "phone") await page.getByTestId("pane-prompt").tap();
      await studio.generate({ prompt: "A copper teapot on linen, morning light", size: "Square" });
      await expect(studio.generation("A copper teapot").getByTestId("status")).toHaveAttribute("data-status", "succeeded");
      await page.screenshot({ path: out(`studio-${size.name}`) });
      if (size.name === "phone") {
        await page.getByTestId("pane-results").tap();
        await page.screenshot({ path: out("studio-results-phone") });
        await page.getByTestId("menu-button").tap();
        await page.screenshot({ path: out("menu-phone") });
        await page.keyboard.press("Escape");
      }

      const editor = page;
      await editor.goto("/studio/edit");
      await editor.getByTestId("base-input").setInputFiles((await patternPng(tempDir(), 1536, 1024)).file);
      await expect(editor.getByTestId("mask-stage")).toBeVisible();
      const box = (await editor.getByTestId("mask-stage").boundingBox())!;
      await editor.getByTestId("tool-rect").click();
      await editor.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.35);
      await editor.mouse.down();
      await editor.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.6, { steps: 5 });
      await editor.mouse.up();
      await editor.screenshot({ path: out(`edit-${size.name}`) });

      await page.goto("/gallery");
      await expect(page.getByTestId("gallery-item").nth(2)).toBeVisible();
      await page.screenshot({ path: out(`gallery-${size.name}`) });
      await page.getByTestId("gallery-item").first().getByRole("link").click();
      await expect(page).toHaveURL(/\/gallery\/[^/?]+/);
      await expect(page.getByTestId("stage-image").or(page.getByRole("img").first())).toBeVisible();
      await page.screenshot({ path: out(`image-${size.name}`) });
      await page.goto("/projects");
      await page.screenshot({ path: out(`projects-${size.name}`) });
      await page.goto("/settings/team");
      await page.screenshot({ path: out(`team-${size.name}`) });
    });
  });
}
