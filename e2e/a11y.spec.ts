// Accessibility checked, not assumed: axe-core on every page, on a desktop and on a phone, in
// the dark theme and the light one, with no serious or critical violation. Each page is also
// no wider than the window.
import type { Page } from "@playwright/test";
import { expectAccessible } from "./fixtures/axe";
import { expect, test } from "./fixtures/people";
import { StudioPage } from "./pages/studio";

const SIZES = [
  { name: "desktop", viewport: { width: 1280, height: 800 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
] as const;

async function check(page: Page, path: string, what: string) {
  await page.goto(path);
  await expect(page.locator("main#main")).toHaveCount(1);
  await expect(page.getByTestId("skip-link")).toHaveCount(1);
  const width = page.viewportSize()!.width;
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${what} fits the window`).toBeLessThanOrEqual(width);
  await expectAccessible(page, what);
}

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport, hasTouch: size.name === "phone", isMobile: size.name === "phone" });

    test(`every page passes axe (${size.name})`, async ({ owner: { page }, browser }) => {
      test.setTimeout(180_000);
      const studio = new StudioPage(page);
      await studio.open();
      if (size.name === "phone") await page.getByTestId("pane-prompt").tap();
      await studio.generate({ prompt: "A lighthouse in fog", images: 2 });
      const card = studio.generation("A lighthouse in fog");
      if (size.name === "phone") await page.getByTestId("pane-results").tap();
      await expect(card.getByTestId("status")).toHaveAttribute("data-status", "succeeded");
      const generationId = (await card.getAttribute("data-generation-id"))!;
      const images = await card.getByTestId("candidate").evaluateAll((els) => els.map((e) => e.querySelector("a[href*='image=']")?.getAttribute("href")?.split("image=")[1]));
      const projectHref = await page.getByTestId("project-history-link").getAttribute("href").catch(() => null);

      for (const theme of ["dark", "light"] as const) {
        await page.evaluate((t) => localStorage.setItem("fresco-theme", t), theme);
        const pages: [string, string][] = [
          ["/studio", "the studio"],
          ["/studio/edit", "the edit page, empty"],
          [`/studio/edit?image=${images[0]}`, "the edit page with an image"],
          ["/gallery", "the gallery"],
          [`/gallery/${generationId}`, "an image's page"],
          [`/gallery/compare?a=${images[0]}&b=${images[1]}`, "compare"],
          ["/gallery/trash", "the trash"],
          ["/activity", "the activity feed"],
          ["/projects", "projects"],
          ...(projectHref ? [[projectHref, "a project's history"] as [string, string]] : []),
          ["/usage", "usage"],
          ["/settings/team", "team settings"],
          ["/settings/prices", "prices"],
          ["/settings/providers", "providers"],
        ];
        for (const [path, what] of pages) await check(page, path, `${what} (${size.name}, ${theme})`);
      }

      // Signed out: the forms.
      const context = await browser.newContext({ viewport: size.viewport, hasTouch: size.name === "phone", isMobile: size.name === "phone" });
      const out = await context.newPage();
      for (const [path, what] of [["/sign-in", "sign-in"], ["/sign-up", "sign-up"], ["/no-such-page", "not found"]] as const) {
        await check(out, path, `${what} (${size.name})`);
      }
      await context.close();
    });
  });
}
