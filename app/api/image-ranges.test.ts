// The image route streams a file from whichever store holds it and serves one range of it
// (206 + Content-Range; 416 past the end), with the same checks as the whole file: another
// team's id is missing, a removed member is out on the next request. Runs on the folder, and
// on S3 with FRESCO_TEST_S3=1.
import { randomBytes } from "node:crypto";
import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SignedIn } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import { makePerson, makeTeam } from "@/lib/testing/people";
import { who } from "@/lib/testing/signed-in";
import { putBlob } from "@/lib/storage/blob-store";
import { makeThumbnail } from "@/lib/storage/thumbnails";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/signed-in"));

const imageRoute = await import("@/app/api/images/[id]/route");

let owner: SignedIn, stranger: SignedIn;
let imageId = "";
let teamId = "";
/** Noise compresses badly: a PNG of a few hundred KB, several chunks of any stream. */
let file: Buffer;
const get = (query = "", headers: Record<string, string> = {}) =>
  imageRoute.GET(new Request(`http://localhost/api/images/${imageId}${query}`, { headers }), { params: Promise.resolve({ id: imageId }) });
const bytesOf = async (res: Response) => Buffer.from(await res.arrayBuffer());

beforeAll(async () => {
  owner = await makePerson("Rita");
  teamId = await makeTeam(owner, "Ranges");
  file = await sharp(randomBytes(320 * 240 * 3), { raw: { width: 320, height: 240, channels: 3 } }).png().toBuffer();
  const [original, thumb] = [await putBlob(file, "png"), await makeThumbnail(file)];
  const generation = await prisma.generation.create({
    data: {
      teamId,
      createdById: owner.user.id,
      kind: "generate",
      model: "gpt-image-1-mini",
      prompt: "noise",
      params: {},
      status: "succeeded",
      images: { create: [{ index: 0, format: "png", width: 320, height: 240, bytes: original.bytes, sha256: original.sha256, storageKey: original.key, thumbnailKey: thumb.key }] },
    },
    include: { images: true },
  });
  imageId = generation.images[0]!.id;
  stranger = await makePerson("Stan");
  await makeTeam(stranger, "Elsewhere");
});

describe("the image route", () => {
  it("streams the whole file with its length, and says it serves ranges", async () => {
    who.current = owner;
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.headers.get("accept-ranges")).toBe("bytes");
    expect(res.headers.get("content-length")).toBe(String(file.length));
    expect(res.headers.get("content-type")).toBe("image/png");
    expect((await bytesOf(res)).equals(file)).toBe(true);
  });

  it("answers a range with 206, its Content-Range and just those bytes, labelled by the file's type", async () => {
    who.current = owner;
    const cases: [string, number, number][] = [
      ["bytes=0-99", 0, 99],
      ["bytes=100000-", 100000, file.length - 1],
      ["bytes=-10", file.length - 10, file.length - 1],
      ["bytes=5000-5000000", 5000, file.length - 1],
    ];
    for (const [range, start, end] of cases) {
      const res = await get("", { range });
      expect(res.status, range).toBe(206);
      expect(res.headers.get("content-range"), range).toBe(`bytes ${start}-${end}/${file.length}`);
      expect(res.headers.get("content-length"), range).toBe(String(end - start + 1));
      expect(res.headers.get("content-type"), range).toBe("image/png");
      expect((await bytesOf(res)).equals(file.subarray(start, end + 1)), range).toBe(true);
    }
  });

  it("a range past the end is 416 with the file's size; several ranges or a stale If-Range get the whole file", async () => {
    who.current = owner;
    const past = await get("", { range: `bytes=${file.length}-` });
    expect(past.status).toBe(416);
    expect(past.headers.get("content-range")).toBe(`bytes */${file.length}`);
    expect((await get("", { range: "bytes=0-1,5-9" })).status).toBe(200);
    const etag = (await get()).headers.get("etag")!;
    expect((await get("", { range: "bytes=0-9", "if-range": '"stale"' })).status).toBe(200);
    expect((await get("", { range: "bytes=0-9", "if-range": etag })).status).toBe(206);
  });

  it("serves ranges of the thumbnail and of a download too", async () => {
    who.current = owner;
    const thumb = await get("?variant=thumb", { range: "bytes=0-11" });
    expect([thumb.status, thumb.headers.get("content-type"), (await bytesOf(thumb)).subarray(8, 12).toString()]).toEqual([206, "image/webp", "WEBP"]);
    const download = await get("?download=1", { range: "bytes=10-19" });
    expect([download.status, download.headers.get("content-disposition")]).toEqual([206, `attachment; filename="fresco-${imageId}.png"`]);
  });

  it("another team's range is the same 404; a removed member is out on the next range request", async () => {
    who.current = stranger;
    expect((await get("", { range: "bytes=0-9" })).status).toBe(404);
    const leaving = await makePerson("Lee");
    const membership = await prisma.membership.create({ data: { teamId, userId: leaving.user.id, role: "member" } });
    who.current = leaving;
    expect((await get("", { range: "bytes=0-9" })).status).toBe(206);
    await prisma.membership.delete({ where: { id: membership.id } });
    expect((await get("", { range: "bytes=0-9" })).status).toBe(403);
  });
});
