import { expect, type Page } from "@playwright/test";

/** The studio as a person uses it: write a prompt, pick settings, generate, watch results. */
export class StudioPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto("/studio");
    await expect(this.page.getByTestId("prompt")).toBeVisible();
  }

  async generate(opts: { prompt: string; images?: number; size?: "Square" | "Landscape" | "Portrait"; quality?: string }) {
    await this.page.getByTestId("prompt").fill(opts.prompt);
    if (opts.size) await this.page.getByRole("radiogroup", { name: "Size" }).getByText(opts.size, { exact: true }).click();
    if (opts.quality) await this.page.getByRole("radiogroup", { name: "Quality" }).getByText(opts.quality, { exact: true }).click();
    if (opts.images) await this.page.getByTestId("n").fill(String(opts.images));
    await this.page.getByTestId("generate").click();
  }

  generation(prompt: string) {
    return this.page.getByTestId("generation").filter({ hasText: prompt });
  }
}
