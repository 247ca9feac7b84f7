import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { fitPlan } from "@/lib/canvas/fit";
import { pixelsOf, resolveSize } from "@/lib/images/resolve-auto";
import type { ImageSize } from "@/lib/images/models";
import { fitAlpha, fitImage, planFor, toSourceFrame } from "./frame";

// The output frame an edit asks for, as lib/edits/run-edit.ts works it out.
const outputSize = (size: ImageSize, base: { width: number; height: number }) => pixelsOf(resolveSize(size, base));
import { busy, png, rgba } from "./test-images";

describe("outputSize", () => {
  it("uses the chosen size, or for auto the supported size closest to the base's aspect", () => {
    expect(outputSize("1024x1536", { width: 10, height: 10 })).toEqual({ width: 1024, height: 1536 });
    expect(outputSize("auto", { width: 1200, height: 800 })).toEqual({ width: 1536, height: 1024 });
    expect(outputSize("auto", { width: 600, height: 620 })).toEqual({ width: 1024, height: 1024 });
    expect(outputSize("auto", { width: 700, height: 1000 })).toEqual({ width: 1024, height: 1536 });
  });

  it("needs no fit when the base already is the output size", () => {
    expect(planFor({ width: 1536, height: 1024 }, { width: 1536, height: 1024 })).toBeNull();
  });
});

describe("fit and map back", () => {
  it("letterboxes a square base into 1536×1024 centred, and the mask with opaque padding", async () => {
    const plan = fitPlan({ width: 512, height: 512 }, { width: 1536, height: 1024 });
    const { data, info } = await fitImage(await png(512, 512), plan).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([1536, 1024]);
    expect(data.length).toBe(1536 * 1024 * info.channels);

    const hole = new Uint8Array(512 * 512).fill(0); // all marked
    const fitted = await fitAlpha({ data: hole, width: 512, height: 512 }, plan);
    expect([fitted.width, fitted.height]).toEqual([1536, 1024]);
    const at = (x: number, y: number) => fitted.data[y * 1536 + x];
    expect(at(100, 500)).toBe(255); // left padding: kept
    expect(at(1400, 500)).toBe(255); // right padding: kept
    expect(at(768, 512)).toBe(0); // the drawn box: marked
    expect(at(plan.dx, 0)).toBe(0);
    expect(at(plan.dx - 1, 0)).toBe(255);
  });

  it("moves a marked area of the mask to where the picture went", async () => {
    const plan = fitPlan({ width: 600, height: 400 }, { width: 1024, height: 1024 }); // dy 170, ×1.7067
    const data = new Uint8Array(600 * 400).fill(255);
    for (let y = 80; y < 170; y++) for (let x = 100; x < 220; x++) data[y * 600 + x] = 0;
    const fitted = await fitAlpha({ data, width: 600, height: 400 }, plan);
    const at = (x: number, y: number) => fitted.data[y * 1024 + x];
    expect(at(Math.round(160 * plan.scale), plan.dy + Math.round(125 * plan.scale))).toBe(0);
    expect(at(Math.round(400 * plan.scale), plan.dy + Math.round(300 * plan.scale))).toBe(255);
    expect(at(Math.round(160 * plan.scale), plan.dy + Math.round(20 * plan.scale))).toBe(255);
  });

  it("round-trips a real image: fit into the output, cut back out, same size and close pixels", async () => {
    const source = await png(900, 700, (x, y) => [Math.round((x / 900) * 255), Math.round((y / 700) * 255), 128, 255]);
    const plan = planFor({ width: 900, height: 700 }, outputSize("auto", { width: 900, height: 700 }))!;
    expect(plan.target).toEqual({ width: 1536, height: 1024 });
    const sent = await fitImage(source, plan).png().toBuffer();
    const back = await toSourceFrame(sent, plan.source, plan, plan.target);
    expect([back.width, back.height]).toEqual([900, 700]);
    const original = await rgba(source);
    let worst = 0;
    for (let i = 0; i < back.data.length; i++) worst = Math.max(worst, Math.abs(back.data[i]! - original.data[i]!));
    expect(worst).toBeLessThanOrEqual(3); // a smooth gradient survives two resamplings
  });

  it("maps back an output the provider returned at another size than asked", async () => {
    const plan = fitPlan({ width: 400, height: 400 }, { width: 1536, height: 1024 });
    const output = await sharp(await fitImage(await png(400, 400, busy), plan).png().toBuffer()).resize(768, 512).png().toBuffer();
    const back = await toSourceFrame(output, plan.source, plan, { width: 768, height: 512 });
    expect([back.width, back.height]).toEqual([400, 400]);
  });
});
