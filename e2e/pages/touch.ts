// A finger on the screen: touches sent through the DevTools protocol, which Chromium turns into
// pointer events of type "touch" exactly as a phone's would (Playwright's own touchscreen only taps).
import { expect, type CDPSession, type Locator, type Page } from "@playwright/test";

type Pt = { x: number; y: number };

// Every touch of a page goes through one DevTools session, taps included: Chromium keeps the
// state of touch sequences per session, and a tap sent through another session just after a
// gesture was now and then taken as part of it and never became a click.
const sessions = new WeakMap<Page, Promise<CDPSession>>();
function sessionOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) sessions.set(page, (session = page.context().newCDPSession(page)));
  return session;
}

/** One gesture: touchStart with the first frame's fingers, a touchMove per frame, touchEnd. */
async function gesture(page: Page, frames: Pt[][]) {
  const cdp = await sessionOf(page);
  const send = (type: "touchStart" | "touchMove" | "touchEnd", points: Pt[]) =>
    cdp.send("Input.dispatchTouchEvent", { type, touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })) });
  await send("touchStart", frames[0]!);
  for (const points of frames.slice(1)) await send("touchMove", points);
  await send("touchEnd", []);
}

/** One finger from `from` to `to` in a few steps. */
export async function drag(page: Page, from: Pt, to: Pt, steps = 8) {
  const at = (i: number): Pt => ({ x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps });
  await gesture(page, Array.from({ length: steps + 1 }, (_, i) => [at(i)]));
}

/** Two fingers around `center`, moving apart from `start` to `end` px between them. */
export async function pinch(page: Page, center: Pt, start: number, end: number, steps = 8) {
  const at = (i: number): Pt[] => {
    const d = start + ((end - start) * i) / steps;
    return [
      { x: center.x - d / 2, y: center.y },
      { x: center.x + d / 2, y: center.y },
    ];
  };
  await gesture(page, Array.from({ length: steps + 1 }, (_, i) => at(i)));
}

/** The control is wholly on screen (not off the side of a too-wide bar, nor under the fold). */
export async function expectInViewport(page: Page, locator: Locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  const view = page.viewportSize()!;
  expect(box, "the control has a box").not.toBeNull();
  const { x, y, width, height } = box!;
  expect([x >= 0, y >= 0, x + width <= view.width + 0.5, y + height <= view.height + 0.5], `${locator} inside ${view.width}×${view.height}: ${JSON.stringify(box)}`).toEqual([true, true, true, true]);
}

/** Taps a control, at its centre, after checking it is inside the viewport. */
export async function tapInView(page: Page, locator: Locator) {
  await expectInViewport(page, locator);
  const box = (await locator.boundingBox())!;
  await gesture(page, [[{ x: box.x + box.width / 2, y: box.y + box.height / 2 }]]);
}
