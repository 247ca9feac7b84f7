// The gallery's address: what a query string means as filters, and back, so a shared or
// reloaded address shows the same view.
import { describe, expect, it } from "vitest";
import { filtersFromQuery, filtersToQuery, imageHref } from "./gallery";

describe("gallery filters in the address", () => {
  it("empty fields are no filter, the first of a repeated key counts, unknown keys are ignored", () => {
    const parsed = filtersFromQuery({ q: "  lighthouse ", author: "", sort: ["oldest", "cost"], page: "3", fav: "1" });
    expect(parsed.success && parsed.data).toEqual({ q: "lighthouse", sort: "oldest", fav: "1" });
  });

  it("writes filters in a stable order, without empty ones or the default sort", () => {
    expect(filtersToQuery({ sort: "newest", review: "approved", q: "café zürich", min: "0.05" })).toBe("q=caf%C3%A9+z%C3%BCrich&review=approved&min=0.05");
    const query = "q=kite&author=u1&project=p1&model=gpt-image-1&status=failed&review=draft&pick=kept&fav=1&from=2026-01-01&to=2026-02-01&min=0&max=1.5&sort=cost";
    const parsed = filtersFromQuery(new URLSearchParams(query));
    expect(parsed.success && filtersToQuery(parsed.data)).toBe(query);
  });

  it("a tile's link carries the view to the image page", () => {
    expect(imageHref({ id: "i1", generationId: "g1" }, "sort=oldest")).toBe("/gallery/g1?image=i1&sort=oldest");
    expect(imageHref({ id: "i1", generationId: "g1" }, "")).toBe("/gallery/g1?image=i1");
  });
});
