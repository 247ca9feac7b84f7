// An edit's heatmap is drawn once, when the edit is stored (lib/edits/run-edit.ts), and the image
// route serves it like any other stored file: its bytes, a strong ETag, a 304 on revalidation,
// and no drawing per request. Images stored before heatmaps were kept are still drawn on request.
import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { putBlob } from "@/lib/storage/blob-store";
import { makeThumbnail } from "@/lib/storage/thumbnails";
import { makePerson, makeTeam } from "@/lib/testing/people";
import { who } from "@/lib/testing/signed-in";
import type { SignedIn } from "@/lib/auth/session";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/signed-in"));
const drawn = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/edits/heatmap", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/edits/heatmap")>();
  return { ...real, changeHeatmap: async (...args: Parameters<typeof real.changeHeatmap>) => (drawn.count++, real.changeHeatmap(...args)) };
});

const { GET } = await import("./images/[id]/route");

let owner: SignedIn;
const png = (r: number) => sharp({ create: { width: 32, height: 32, channels: 4, background: { r, g: 40, b: 90, alpha: 1 } } }).png().toBuffer();

/** An edit with its base input and one output; `heatmap`: the file stored with it, if any. */
async function storedEdit(heatmap?: Buffer) {
  const [base, output] = [await putBlob(await png(10), "png"), await png(200)];
  const out = await putBlob(output, "png");
  const thumb = await makeThumbnail(output);
  const kept = heatmap ? await putBlob(heatmap, "png") : undefined;
  const generation = await prisma.generation.create({
    data: {
      teamId: owner.teamId!,
      createdById: owner.user.id,
      kind: "edit",
      model: "gpt-image-1-mini",
      prompt: "a red sun",
      params: {},
      status: "succeeded",
      inputs: { create: [{ role: "image", index: 0, name: "base.png", format: "png", width: 32, height: 32, bytes: base.bytes, sha256: base.sha256, storageKey: base.key }] },
      images: { create: [{ index: 0, format: "png", width: 32, height: 32, bytes: out.bytes, sha256: out.sha256, storageKey: out.key, thumbnailKey: thumb.key, heatmapKey: kept?.key }] },
    },
    include: { images: true },
  });
  return generation.images[0]!.id;
}

async function heatmapOf(id: string, etag?: string) {
  who.current = owner;
  const res = await GET(new Request(`http://localhost/api/images/${id}?variant=heatmap`, { headers: etag ? { "if-none-match": etag } : {} }), { params: Promise.resolve({ id }) });
  return { status: res.status, etag: res.headers.get("etag"), body: Buffer.from(await res.arrayBuffer()) };
}

beforeAll(async () => {
  owner = await makePerson("Olga");
  await makeTeam(owner, "Studio");
});

describe("an edit's heatmap", () => {
  it("is served from the file stored with the edit, never drawn per request", async () => {
    const stored = await png(123);
    const id = await storedEdit(stored);
    drawn.count = 0;
    const first = await heatmapOf(id);
    expect(first.status).toBe(200);
    expect(first.body.equals(stored)).toBe(true);
    expect((await heatmapOf(id, first.etag!)).status).toBe(304);
    expect(drawn.count).toBe(0);
  });

  it("of an image stored before heatmaps were kept is still drawn on request", async () => {
    const id = await storedEdit();
    drawn.count = 0;
    expect((await heatmapOf(id)).status).toBe(200);
    expect(drawn.count).toBe(1);
  });
});
