import { expect, test } from "./fixtures/people";
import { StudioPage } from "./pages/studio";

// The studio keeps one event stream open before the click, and a finished result arrives in it
// with its full view and the month's spend: the page is not refreshed, and no result's link is
// prefetched (each would render a page on the server).
test("a result appears, with the month's spend, on the stream opened before the click, without refreshing the page", async ({ owner: { page } }) => {
  const streams: string[] = [];
  const refreshes: string[] = [];
  const resultPrefetches: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    const headers = r.headers();
    if (url.pathname === "/api/events") streams.push(r.url());
    else if (r.method() === "GET" && headers["rsc"] === "1") {
      // router.refresh() asks for the page itself; a prefetch says so in its own header.
      if (headers["next-router-prefetch"]) {
        if (url.searchParams.has("image") || /^\/gallery\/(?!trash|compare)[^/]+$/.test(url.pathname)) resultPrefetches.push(r.url());
      } else if (url.pathname === "/studio") refreshes.push(r.url());
    }
  });
  const studio = new StudioPage(page);
  await studio.open();
  await expect(page.getByTestId("month-spend")).toHaveText(/^\$0\.00 this month/);
  await expect.poll(() => streams.length, "the tab opens its event stream before anyone clicks").toBe(1);

  const prompt = "A kite over a dune at noon";
  await studio.generate({ prompt, images: 2, quality: "Low" });
  const card = studio.generation(prompt);
  await expect(card.getByTestId("status")).toHaveAttribute("data-status", "succeeded");
  for (const img of await card.getByTestId("result-image").all()) {
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
  }
  await expect(page.getByTestId("month-spend")).not.toHaveText(/^\$0\.00 this month/);

  expect(streams, "no new event stream was needed for this result").toHaveLength(1);
  expect(refreshes, "nothing refreshed the page").toEqual([]);
  expect(resultPrefetches, "no result's link was prefetched").toEqual([]);
});
