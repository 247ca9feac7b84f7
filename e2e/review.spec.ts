import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/people";
import { EditorPage } from "./pages/editor";
import { StudioPage } from "./pages/studio";

/** Makes one image in the studio and returns its generation's id once it has finished. */
async function makeImage(page: Page, prompt: string): Promise<string> {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.generate({ prompt, images: 1, quality: "Low" });
  const card = studio.generation(prompt).first();
  await expect(card.getByTestId("status")).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });
  return (await card.getAttribute("data-generation-id"))!;
}

/** Drags on the image under review between two points given as fractions of it. */
async function dragRegion(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.getByTestId("pin-toggle").click();
  const box = (await page.getByTestId("pin-layer").boundingBox())!;
  await page.mouse.move(box.x + from.x * box.width, box.y + from.y * box.height);
  await page.mouse.down();
  await page.mouse.move(box.x + to.x * box.width, box.y + to.y * box.height, { steps: 6 });
  await page.mouse.up();
}

test("a member submits, an admin rejects with a reason, the member masks the pinned region, edits, resubmits; the admin approves; a viewer comments", async ({
  member,
  admin,
  viewer,
}) => {
  const prompt = "A lighthouse on a cliff at dusk";
  const id = await makeImage(member.page, prompt);
  const detail = `/gallery/${id}`;

  // The member pins a region with a comment, then submits the image.
  const m = member.page;
  await m.goto(detail);
  await expect(m.getByTestId("review-state")).toHaveText("Draft");
  await dragRegion(m, { x: 0.2, y: 0.25 }, { x: 0.6, y: 0.75 });
  await expect(m.getByTestId("pin-chip")).toHaveText(/Region pinned/);
  await m.getByTestId("comment-form").getByTestId("comment-body").fill("The sky here needs stars");
  await m.getByTestId("comment-form").getByTestId("comment-submit").click();
  await expect(m.getByTestId("pin-marker")).toHaveText("1");
  await m.getByTestId("review-submit").click();
  await expect(m.getByTestId("review-state")).toHaveText("In review");
  await expect(m.getByTestId("review-approve")).toHaveCount(0);

  // The admin is told, hovers the marker (its comment lights up), and rejects with a reason.
  const a = admin.page;
  await a.goto(detail);
  await expect(a.getByTestId("activity-badge")).toHaveText("1");
  await a.getByTestId("pin-marker").hover();
  await expect(a.getByTestId("comment").first()).toHaveAttribute("data-active", "true");
  await a.getByTestId("review-reject").click();
  await a.getByTestId("confirm-button").click();
  await expect(a.getByRole("alert").filter({ hasText: "Say why it is rejected" })).toBeVisible();
  await a.getByTestId("reject-reason").fill("Too plain: add stars to the sky");
  await a.getByTestId("confirm-button").click();
  await expect(a.getByTestId("review-state")).toHaveText("Rejected");

  // The member sees the reason, and turns the pinned region into the next edit's mask.
  await m.reload();
  await expect(m.getByTestId("activity-badge")).toHaveText("1");
  await expect(m.getByTestId("review-reason")).toHaveText("Too plain: add stars to the sky");
  await expect(m.getByTestId("review-who")).toContainText("Rejected by Adam");
  await m.getByTestId("use-as-mask").click();
  await expect(m).toHaveURL(/\/studio\/edit\?image=.+&region=.+/);
  const editor = new EditorPage(m);
  await expect(editor.stage()).toBeVisible();
  await expect(m.getByTestId("undo")).toBeEnabled();
  await editor.submit("Add stars to the sky");
  const card = editor.generation("Add stars to the sky");
  await expect(card.getByTestId("status")).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });
  const editId = (await card.getAttribute("data-generation-id"))!;
  const edit = (await (await m.request.get(`/api/generations/${editId}`)).json()) as { maskState: { width: number; height: number; shapes: { tool: string; points: number[] }[] } };
  const { width, height, shapes } = edit.maskState;
  expect(shapes).toHaveLength(1);
  expect(shapes[0]!.tool).toBe("rect");
  // The rectangle is the region as drawn, within a pixel or two of the pointer's rounding.
  const expected = [0.2 * width, 0.25 * height, 0.6 * width, 0.75 * height];
  shapes[0]!.points.forEach((p, i) => expect(Math.abs(p - expected[i]!)).toBeLessThan(width / 100));

  // The member resubmits; the admin approves.
  await m.goto(detail);
  await m.getByTestId("review-submit").click();
  await expect(m.getByTestId("review-state")).toHaveText("In review");
  await expect(m.getByTestId("review-reason")).toHaveCount(0);
  await a.reload();
  await a.getByTestId("review-approve").click();
  await expect(a.getByTestId("review-state")).toHaveText("Approved");
  await expect(a.getByTestId("review-who")).toContainText("Approved by Adam");

  // A viewer cannot submit or decide, but comments, and mentions the member.
  const v = viewer.page;
  await v.goto(detail);
  await expect(v.getByTestId("review-state")).toHaveText("Approved");
  await expect(v.getByTestId("review-status").getByRole("button")).toHaveCount(0);
  // The viewer pins a point from the keyboard: arrows move it from the centre, Enter drops it.
  await v.getByTestId("pin-toggle").click();
  await expect(v.getByTestId("pin-layer")).toBeFocused();
  await v.keyboard.press("ArrowRight");
  await v.keyboard.press("Enter");
  await expect(v.getByTestId("pin-chip")).toHaveText(/Point pinned/);
  await v.getByTestId("comment-form").getByTestId("comment-body").fill("Lovely now, @milo");
  await v.getByTestId("comment-form").getByTestId("comment-submit").click();
  await expect(v.getByTestId("comment").filter({ hasText: "Lovely now, @milo" })).toBeVisible();
  await expect(v.getByTestId("pin-marker")).toHaveText(["1", "2"]);

  // The member's feed: what concerns them (the rejection, the approval, the comment, the
  // mention) is unread until they look; the visit clears the badge and still marks what was new.
  await m.reload();
  await expect(m.getByTestId("activity-badge")).toHaveText("4");
  await m.getByTestId("activity-link").click();
  await expect(m.locator('[data-testid="activity-item"][data-unread="true"]')).toHaveCount(4);
  await expect(m.getByTestId("activity-badge")).toHaveCount(0);
  await m.getByTestId("activity-for-me").click();
  await expect(m.locator('[data-testid="activity-item"][data-kind="mentioned"]')).toContainText("Lovely now, @milo");
  await expect(m.getByTestId("activity-item").filter({ hasText: "Too plain: add stars to the sky" })).toHaveAttribute("data-kind", "rejected");
  await m.reload();
  await expect(m.getByTestId("activity-badge")).toHaveCount(0);
});
