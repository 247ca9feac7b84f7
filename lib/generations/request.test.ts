import { describe, expect, it } from "vitest";
import { parseStoredRequest, readStoredRequest, toStoredColumns, type GenerationRequest } from "./request";

const params = { model: "gpt-image-1-mini", prompt: "a kite", n: 1, size: "auto", quality: "low" };

describe("a stored request", () => {
  it("keeps an edit's options apart from its provider parameters, and reads back as written", () => {
    const request = parseStoredRequest({ kind: "edit", params, options: { keepOutsideMask: false } });
    const columns = toStoredColumns(request);
    expect(columns.params).not.toHaveProperty("keepOutsideMask");
    expect(columns).toMatchObject({ kind: "edit", model: "gpt-image-1-mini", prompt: "a kite", options: { keepOutsideMask: false } });
    expect(parseStoredRequest(columns)).toEqual(request);
  });

  it("reads rows from before the options column: keepOutsideMask inside params, or missing (keep)", () => {
    for (const [stored, keep] of [[false, false], [true, true], [undefined, true]] as const) {
      const row = { kind: "edit", params: { ...params, keepOutsideMask: stored }, options: null };
      expect(readStoredRequest(row)).toEqual({ kind: "edit", params, options: { keepOutsideMask: keep } });
      const parsed = parseStoredRequest(row) as Extract<GenerationRequest, { kind: "edit" }>;
      expect(parsed.options).toEqual({ keepOutsideMask: keep });
      expect(parsed.params).not.toHaveProperty("keepOutsideMask");
    }
  });

  it("a generation has no options, and its parameters are checked against today's rules to run", () => {
    expect(readStoredRequest({ kind: "generate", params, options: null })).toEqual({ kind: "generate", params, options: null });
    expect(() => parseStoredRequest({ kind: "generate", params: { ...params, quality: "standard" }, options: null })).toThrow();
  });
});
