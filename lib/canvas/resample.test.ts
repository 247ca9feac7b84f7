import { expect, it } from "vitest";
import { resampleCoverage } from "./resample";

it("interpolates between pixel centres in both directions", () => {
  const row = resampleCoverage(new Uint8ClampedArray([0, 255]), 2, 1, 4, 1);
  expect(Array.from(row)).toEqual([0, 64, 191, 255]);
  const column = resampleCoverage(new Uint8ClampedArray([255, 0]), 1, 2, 1, 4);
  expect(Array.from(column)).toEqual([255, 191, 64, 0]);
});

it("blends the four nearest pixels when halving, and copies at the same size", () => {
  const src = new Uint8ClampedArray([0, 100, 200, 50]);
  expect(Array.from(resampleCoverage(src, 2, 2, 1, 1))).toEqual([88]);
  const same = resampleCoverage(src, 2, 2, 2, 2);
  expect(same).not.toBe(src);
  expect(Array.from(same)).toEqual([0, 100, 200, 50]);
});
