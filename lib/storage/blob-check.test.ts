// The drift check: both kinds of drift are reported, and the repair removes only orphans
// older than the grace period, never a file a row points at.
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { blobRoot } from "@/lib/adapters/local-blob-store";
import { ageStored, isStored, onS3, removeStored } from "@/lib/testing/stored-blobs";
import { prisma } from "@/lib/db/client";
import { png } from "@/lib/edits/test-images";
import { generate } from "@/lib/testing/blobs";
import { makePerson, makeTeam } from "@/lib/testing/people";
import { checkBlobs } from "./blob-check";
import { describeCheck, reportLines } from "./blob-report";
import { putBlob } from "./blob-store";

vi.mock("@/lib/jobs/runner", () => ({ enqueueGeneration: () => {} }));

const who = { teamId: "", userId: "" };
const HOUR_AGO = new Date(Date.now() - 3_600_000);
let n = 0;
/** A picture no other call makes: thumbnails differ too, so no file is shared by accident. */
const picture = () => {
  const k = ++n * 23;
  return png(32, 24, (x, y) => [(x * 8 + k) % 256, (y * 10 + k * 3) % 256, k % 256, 255]);
};
const age = (key: string) => ageStored(key, HOUR_AGO);

beforeAll(async () => {
  const ann = await makePerson("Ann");
  who.teamId = await makeTeam(ann, "Team A");
  who.userId = ann.user.id;
});

describe("checkBlobs", () => {
  it("reports rows pointing at missing files and files no row references, and repairs only old orphans", async () => {
    const kept = await generate(who, [await picture()]);
    const broken = await generate(who, [await picture()]);
    const brokenImage = await prisma.image.findUniqueOrThrow({ where: { id: broken.imageIds[0]! } });
    await removeStored(brokenImage.storageKey);
    const oldOrphan = await putBlob(await picture(), "png");
    await age(oldOrphan.key);
    const youngOrphan = await putBlob(await picture(), "png");
    const keptImage = await prisma.image.findUniqueOrThrow({ where: { id: kept.imageIds[0]! } });
    await age(keptImage.storageKey); // old, but a row points at it

    const report = await checkBlobs();
    expect(report.missing).toEqual([{ table: "Image", column: "storageKey", id: brokenImage.id, key: brokenImage.storageKey }]);
    expect(report.orphans.map((o) => [o.key, o.young]).sort()).toEqual([[oldOrphan.key, false], [youngOrphan.key, true]].sort());
    expect(report.removed).toEqual([]);
    expect(await isStored(oldOrphan.key)).toBe(true); // without --repair nothing changes

    const repaired = await checkBlobs({ repair: true });
    expect(repaired.removed).toEqual([oldOrphan.key]);
    expect(await isStored(oldOrphan.key)).toBe(false);
    expect(await isStored(youngOrphan.key)).toBe(true);
    expect(await isStored(keptImage.storageKey)).toBe(true);
    expect(repaired.missing).toHaveLength(1); // the bytes are gone: reported, not invented

    // Once the young orphan is past the grace period, the next run removes it too.
    await age(youngOrphan.key);
    expect((await checkBlobs({ repair: true })).removed).toEqual([youngOrphan.key]);
    await prisma.generation.delete({ where: { id: broken.id } });
  });

  it("an orphan that a writer uses again is no longer an orphan and survives the repair", async () => {
    const bytes = await picture();
    const blob = await putBlob(bytes, "png");
    await age(blob.key);
    await generate(who, [bytes]); // same bytes: the file is referenced (and touched) again
    const repaired = await checkBlobs({ repair: true });
    expect(repaired.removed).not.toContain(blob.key);
    expect(await isStored(blob.key)).toBe(true);
  });

  // A bucket has no temp files: an object appears whole or not at all.
  it.skipIf(onS3())("removes temp files of writes that never finished once they are old, and ignores young ones", async () => {
    const dir = path.join(blobRoot(), "ab", "cd");
    await fs.mkdir(dir, { recursive: true });
    const [old, young] = [path.join(dir, `.${"a".repeat(64)}.x.tmp`), path.join(dir, `.${"b".repeat(64)}.y.tmp`)];
    await Promise.all([fs.writeFile(old, "half"), fs.writeFile(young, "half")]);
    await fs.utimes(old, HOUR_AGO, HOUR_AGO);
    const repaired = await checkBlobs({ repair: true });
    expect(repaired.staleTemps).toEqual([path.relative(blobRoot(), old).split(path.sep).join("/")]);
    expect([existsSync(old), existsSync(young)]).toEqual([false, true]);
  });

  it("prints both lists with row ids, and one line for the server log", async () => {
    const broken = await generate(who, [await picture()]);
    const image = await prisma.image.findUniqueOrThrow({ where: { id: broken.imageIds[0]! } });
    await removeStored(image.thumbnailKey);
    const orphan = await putBlob(await picture(), "png");
    await age(orphan.key);

    const report = await checkBlobs();
    const text = reportLines(report).join("\n");
    expect(text).toContain("Rows pointing at missing files: 1");
    expect(text).toContain(`Image.thumbnailKey  id ${image.id}  ${image.thumbnailKey}`);
    expect(text).toMatch(new RegExp(`Files no row references: \\d+[\\s\\S]*${orphan.key}.*orphan`));
    expect(text).toContain("Run with --repair");
    expect(describeCheck(report)).toMatch(/^\[fresco\] blob check: \d+ files, 1 row\(s\) pointing at missing files, \d+ orphan file\(s\); `npm run blobs:check` lists them$/);
  });
});
