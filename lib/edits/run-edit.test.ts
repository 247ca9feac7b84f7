// The edit pipeline end to end against the in-process emulator, which keeps every pixel
// outside alpha 0 exactly (docs/images-api.md §7.9): what changes is Fresco's doing or the mask's.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getGenerationForRun } from "@/lib/db/generations";
import { getGeneration } from "@/lib/db/queries";
import { parseStoredRequest } from "@/lib/generations/request";
import { shownParam } from "@/lib/generations/shown-params";
import { storeOutcome } from "@/lib/jobs/store-outcome";
import { startEmulator, type RunningEmulator } from "@/lib/emulator";
import { createImagesClient, type ImagesClient } from "@/lib/images/client";
import type { OutcomeImage } from "@/lib/provider/outcome";
import { makePerson, makeTeam } from "@/lib/testing/people";
import { editFormSchema, toEditFormData } from "./edit-form";
import { changeHeatmap } from "./heatmap";
import { runEdit } from "./run-edit";
import { submitEdit } from "@/lib/submissions/submit-edit";
import { sha256 } from "./pixels";
import { jpeg, mask, png, rgba } from "./test-images";

vi.mock("@/lib/jobs/runner", () => ({ enqueueGeneration: () => {} }));

let emulator: RunningEmulator;
let client: ImagesClient;
const who = { teamId: "", userId: "" };

beforeAll(async () => {
  emulator = await startEmulator({ latencyMs: 0 });
  client = createImagesClient({ apiKey: "test", baseURL: emulator.baseURL, timeoutMs: 30_000 });
  const ann = await makePerson("Ann");
  who.teamId = await makeTeam(ann, "Team A");
  who.userId = ann.user.id;
});
afterAll(() => emulator.close());

// The hole (alpha 0) and a 6 px feather band around it; everything else is kept (255).
const HOLE = { x: 100, y: 80, w: 120, h: 90 };
const FEATHER = 6;
const alphaAt = (x: number, y: number) => {
  const d = Math.max(HOLE.x - x, 0, x - (HOLE.x + HOLE.w - 1), HOLE.y - y, 0, y - (HOLE.y + HOLE.h - 1));
  return d === 0 ? 0 : d > FEATHER ? 255 : Math.round((255 * d) / (FEATHER + 1));
};

async function edit(opts: { width: number; height: number; size?: string; keep?: boolean; format?: string; withMask?: boolean }) {
  const base = await png(opts.width, opts.height, (x, y) => [(x * 7 + y * 3) % 256, (x * 13) % 256, (y * 11) % 256, 255]);
  const m = await mask(opts.width, opts.height, HOLE, FEATHER);
  const form = toEditFormData({
    params: { prompt: "a small sun", quality: "low", size: (opts.size ?? "auto") as "auto", output_format: (opts.format ?? "png") as "png" },
    images: [new File([new Uint8Array(base)], "base.png")],
    mask: opts.withMask === false ? undefined : new File([new Uint8Array(m)], "mask.png"),
    keepOutsideMask: opts.keep,
    idempotencyKey: crypto.randomUUID(),
  });
  const { ids } = await submitEdit(who, await editFormSchema.parseAsync(form));
  const row = (await getGenerationForRun(ids[0]!))!;
  const request = parseStoredRequest(row);
  if (request.kind !== "edit") throw new Error("not an edit");
  const outcome = await runEdit(row.id, request, client, { signal: new AbortController().signal, onPartial: () => {} });
  return { id: row.id, base, outcome, image: outcome.images[0]! };
}

/** Counts pixels of `out` that differ from `base`, split by the mask's alpha at that pixel. */
async function compare(image: OutcomeImage, base: Buffer) {
  const [a, b] = [await rgba(image.bytes), await rgba(base)];
  const differs = { kept: 0, feather: 0, hole: 0 };
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      const i = (y * a.width + x) * 4;
      if (a.data.compare(b.data, i, i + 4, i, i + 4) === 0) continue;
      const alpha = alphaAt(x, y);
      differs[alpha === 255 ? "kept" : alpha === 0 ? "hole" : "feather"]++;
    }
  }
  return differs;
}

describe("runEdit", () => {
  it("keeps everything outside the mask bit-exact and returns the provider's output untouched", async () => {
    const { base, outcome, image } = await edit({ width: 1024, height: 1024 });
    expect(outcome.usage?.imageTokensOut).toBe(272);
    expect([image.format, image.width, image.height]).toEqual(["png", 1024, 1024]);
    const differs = await compare(image, base);
    expect(differs.kept).toBe(0);
    expect(differs.hole).toBeGreaterThan(HOLE.w * HOLE.h * 0.5);
    // The provider got a binarized mask: it repainted the feather band too, and we blended it.
    expect(differs.feather).toBeGreaterThan(0);
    expect(image.raw).toBeDefined();
    expect(image.derivation).toMatchObject({ kind: "composite", base: sha256(base), raw: sha256(image.raw!.bytes), fit: null });
    const raw = await compare({ ...image, bytes: image.raw!.bytes }, base);
    expect(raw.feather).toBeGreaterThan(differs.feather * 0.5);
    // Inside the hole the composite is the provider's pixel.
    const [out, rawPx] = [await rgba(image.bytes), await rgba(image.raw!.bytes)];
    const i = ((HOLE.y + 10) * 1024 + HOLE.x + 10) * 4;
    expect(out.data.subarray(i, i + 4)).toEqual(rawPx.data.subarray(i, i + 4));
  });

  it("fits a base of another size into the output, then maps the result back to the base's size", async () => {
    const { base, image } = await edit({ width: 600, height: 400, size: "1024x1024" });
    expect([image.width, image.height]).toEqual([600, 400]);
    const differs = await compare(image, base);
    expect(differs.kept).toBe(0);
    expect(differs.hole).toBeGreaterThan(HOLE.w * HOLE.h * 0.5); // the mask went where the picture went
    expect(JSON.stringify(image.derivation).length).toBeLessThan(400); // provenance, not pixels
    expect(image.raw).toMatchObject({ format: "png" });
    expect((await rgba(image.raw!.bytes)).width).toBe(1024);
    expect(image.derivation).toMatchObject({ kind: "composite", fit: { source: { width: 600, height: 400 }, target: { width: 1024, height: 1024 }, dy: 170 } });
  });

  it("keeps outside the mask exactly in lossless WebP too", async () => {
    const { base, image } = await edit({ width: 1024, height: 1024, format: "webp" });
    expect(image.format).toBe("webp");
    expect((await compare(image, base)).kept).toBe(0);
  });

  it("without keepOutsideMask, an output that needs no mapping is the provider's file itself", async () => {
    const { image } = await edit({ width: 1536, height: 1024, keep: false });
    expect(image.raw).toBeUndefined();
    expect(image.derivation).toBeUndefined();
    expect([image.width, image.height]).toEqual([1536, 1024]);
  });

  it("without keepOutsideMask, a fitted output is mapped back and the raw output kept beside it", async () => {
    const { image } = await edit({ width: 500, height: 500, size: "1536x1024", keep: false });
    expect([image.width, image.height]).toEqual([500, 500]);
    expect(image.derivation).toMatchObject({ kind: "mapped", fit: { dx: 256 } });
    expect((await rgba(image.raw!.bytes)).width).toBe(1536);
  });

  it("records what the provider used for an auto size and quality, never auto, and shows it with the request", async () => {
    const { id, outcome } = await edit({ width: 900, height: 600, size: "auto" });
    expect(outcome.resolved).toMatchObject({ size: "1536x1024", quality: "low", outputFormat: "png" });
    await storeOutcome(id, outcome, { provider: "openai", model: "gpt-image-1-mini" });
    const view = (await getGeneration({ teamId: who.teamId, id }))!;
    expect(view.params).toMatchObject({ size: "auto", quality: "low" });
    expect(view.resolved).toEqual({ size: "1536x1024", quality: "low", background: "opaque", format: "png" });
    expect(view.options).toEqual({ keepOutsideMask: true });
    expect(shownParam("size", view.params.size, view.resolved)).toBe("1536x1024 (auto)");
  });

  it("without a mask the whole picture is the provider's", async () => {
    const { base, image } = await edit({ width: 1024, height: 1024, withMask: false });
    expect(image.raw).toBeUndefined();
    expect((await compare(image, base)).kept).toBeGreaterThan(1000);
  });
});

describe("the files an edit sends", () => {
  /** Runs an edit of a JPEG named odd.jpg and returns the file parts the emulator received. */
  async function sentParts(width: number, height: number) {
    const form = toEditFormData({
      params: { prompt: "a kite", quality: "low", size: "1024x1024" },
      images: [new File([new Uint8Array(await jpeg(width, height))], "odd.jpg", { type: "image/jpeg" })],
      idempotencyKey: crypto.randomUUID(),
    });
    const { ids } = await submitEdit(who, await editFormSchema.parseAsync(form));
    const row = (await getGenerationForRun(ids[0]!))!;
    const request = parseStoredRequest(row);
    if (request.kind !== "edit") throw new Error("not an edit");
    await runEdit(row.id, request, client, { signal: new AbortController().signal, onPartial: () => {} });
    return emulator.requests().at(-1)?.files?.map(({ field, filename, contentType }) => ({ field, filename, contentType }));
  }

  it("sends a letterboxed base, re-encoded as PNG, under a PNG name and type", async () => {
    expect(await sentParts(600, 400)).toEqual([{ field: "image", filename: "odd.png", contentType: "image/png" }]);
  });

  it("sends a base that needs no fitting as it was uploaded", async () => {
    expect(await sentParts(1024, 1024)).toEqual([{ field: "image", filename: "odd.jpg", contentType: "image/jpeg" }]);
  });
});

describe("changeHeatmap", () => {
  it("is transparent where nothing changed and red where the provider repainted", async () => {
    const { base, image } = await edit({ width: 600, height: 400, size: "1536x1024" });
    const heat = await rgba(await changeHeatmap(base, image.raw!.bytes));
    expect([heat.width, heat.height]).toEqual([1536, 1024]);
    const plan = image.derivation as { fit: { dx: number; dy: number; drawW: number; drawH: number } };
    const alphaOf = (x: number, y: number) => heat.data[(y * heat.width + x) * 4 + 3]!;
    // The drawn box is 1536×1024 scaled from 600×400, so source pixel (x, y) is at (x·2.56, y·2.56).
    expect(plan.fit.dx).toBe(0);
    expect(alphaOf(5, 5)).toBe(0); // a kept corner
    expect(alphaOf(1500, 1000)).toBe(0);
    expect(alphaOf(Math.round(160 * 2.56), Math.round(125 * 2.56))).toBeGreaterThan(0); // mid-hole
    expect(heat.data[(5 * heat.width + 5) * 4]).toBe(255);
  });

  it("is drawn once, when the edit finishes: each output carries its heatmap to be stored with it", async () => {
    const { base, outcome } = await edit({ width: 600, height: 400, size: "1536x1024", keep: true });
    for (const image of outcome.images) {
      expect(image.heatmap).toBeDefined();
      expect(Buffer.from(image.heatmap!).equals(await changeHeatmap(base, image.raw!.bytes))).toBe(true);
    }
  });
});
