import { expect, type Page, type Route } from "@playwright/test";

/** The edit page as a person uses it: open an image, paint the mask, describe, submit. */
export class EditorPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto("/studio/edit");
    await expect(this.page.getByTestId("edit-empty")).toBeVisible();
  }

  async upload(file: string) {
    await this.page.getByTestId("base-input").setInputFiles(file);
  }

  async addReference(file: string) {
    await this.page.getByTestId("reference-input").setInputFiles(file);
  }

  stage() {
    return this.page.getByTestId("mask-stage");
  }

  /** The stage's transform (screen = image × scale + offset), read from the stage itself. */
  async viewport() {
    const stage = this.stage();
    const box = (await stage.boundingBox())!;
    const read = async (a: string) => Number(await stage.getAttribute(`data-${a}`));
    return { box, scale: await read("scale"), x: await read("x"), y: await read("y") };
  }

  /** Drags with the rectangle tool between two image points; returns the image-space corners. */
  async paintRect(from: { x: number; y: number }, to: { x: number; y: number }) {
    await this.page.getByTestId("tool-rect").click();
    const v = await this.viewport();
    const screen = (p: { x: number; y: number }) => ({ x: v.box.x + v.x + p.x * v.scale, y: v.box.y + v.y + p.y * v.scale });
    const a = screen(from);
    const b = screen(to);
    await this.page.mouse.move(a.x, a.y);
    await this.page.mouse.down();
    await this.page.mouse.move(b.x, b.y, { steps: 8 });
    await this.page.mouse.up();
    // Back from screen to image pixels the way the editor does it.
    const image = (s: { x: number; y: number }) => ({ x: (s.x - v.box.x - v.x) / v.scale, y: (s.y - v.box.y - v.y) / v.scale });
    return { from: image(a), to: image(b) };
  }

  async submit(prompt: string) {
    await this.page.getByTestId("prompt").fill(prompt);
    await this.page.getByTestId("submit-edit").click();
  }

  generation(prompt: string) {
    return this.page.getByTestId("generation").filter({ hasText: prompt });
  }

  /**
   * Rewrites the mask file inside the next edit submission before it leaves the browser: the
   * one way to send the server a mask the editor itself never produces.
   */
  async replaceMaskInNextSubmission(bytes: Buffer) {
    await this.page.unroute("**/api/edits");
    let done = false;
    await this.page.route("**/api/edits", async (route: Route) => {
      const req = route.request();
      if (done || req.method() !== "POST") return route.continue();
      const body = req.postDataBuffer()!;
      const boundary = /boundary=(.+)$/.exec(req.headers()["content-type"] ?? "")?.[1];
      const head = body.indexOf('filename="mask.png"');
      if (!boundary || head < 0) return route.continue();
      const start = body.indexOf("\r\n\r\n", head) + 4;
      const end = body.indexOf(`\r\n--${boundary}`, start);
      done = true;
      await route.continue({ postData: Buffer.concat([body.subarray(0, start), bytes, body.subarray(end)]) });
    });
  }
}
