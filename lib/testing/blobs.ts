// Test helpers for the blob store's lifecycle: work made through the real storage paths
// (storeOutcome for results, submitEdit for an edit's inputs), and an oracle for drift that
// reads the tables and the folder itself, independently of the code under test.
import { prisma } from "@/lib/db/client";
import { editFormSchema, toEditFormData } from "@/lib/edits/edit-form";
import { submitEdit } from "@/lib/submissions/submit-edit";
import { mask, png } from "@/lib/edits/test-images";
import type { OutcomeImage } from "@/lib/provider/outcome";
import { storeOutcome } from "@/lib/jobs/store-outcome";
import { storedFiles } from "./stored-blobs";

export const W = 64;
export const H = 48;
const PRICING = { provider: "openai", model: "gpt-image-1-mini" };

/** A few distinct pictures, so that work in both teams keeps producing identical bytes. */
export async function picturePool(size: number): Promise<Buffer[]> {
  return Promise.all(Array.from({ length: size }, (_, i) => png(W, H, (x, y) => [(x * (i + 3) + y) % 256, (y * (i + 5)) % 256, (i * 40) % 256, 255])));
}

export async function maskPool(size: number): Promise<Buffer[]> {
  return Promise.all(Array.from({ length: size }, (_, i) => mask(W, H, { x: i * 4, y: i * 3, w: 16 + i, h: 12 })));
}

const resolved = { size: `${W}x${H}`, quality: "low", background: "opaque", outputFormat: "png" } as const;
const outcome = (images: OutcomeImage[]) => ({ images, usage: null, resolved, providerMs: 0, retries: 0 });
const picture = (bytes: Buffer, raw?: Buffer): OutcomeImage => ({ bytes, format: "png", width: W, height: H, ...(raw ? { raw: { bytes: raw, format: "png" } } : {}) });

/** A finished generation whose files went through storeOutcome; returns its image ids. */
export async function generate(who: { teamId: string; userId: string }, pictures: Buffer[]): Promise<{ id: string; imageIds: string[] }> {
  const row = await prisma.generation.create({
    data: { teamId: who.teamId, createdById: who.userId, kind: "generate", model: PRICING.model, prompt: "p", params: {}, status: "running" },
  });
  await storeOutcome(row.id, outcome(pictures.map((p) => picture(p))), PRICING);
  const images = await prisma.image.findMany({ where: { generationId: row.id }, orderBy: { index: "asc" } });
  return { id: row.id, imageIds: images.map((i) => i.id) };
}

export type EditImage = { imageId: string } | { upload: Buffer };

/**
 * An edit submitted through submitEdit (gallery images and uploads), then finished through
 * storeOutcome: with a mask, a composite plus the provider's raw output.
 */
export async function edit(
  who: { teamId: string; userId: string },
  opts: { images: EditImage[]; mask?: Buffer; output: Buffer; raw?: Buffer },
): Promise<{ id: string; imageIds: string[] }> {
  const images = opts.images.map((i, n) => ("imageId" in i ? i : new File([new Uint8Array(i.upload)], `upload${n}.png`, { type: "image/png" })));
  const form = toEditFormData({
    params: { prompt: "add a red balloon", quality: "low" },
    images,
    mask: opts.mask ? new File([new Uint8Array(opts.mask)], "mask.png", { type: "image/png" }) : undefined,
    keepOutsideMask: Boolean(opts.mask),
    idempotencyKey: crypto.randomUUID(),
  });
  const { ids } = await submitEdit(who, await editFormSchema.parseAsync(form));
  const id = ids[0]!;
  await storeOutcome(id, outcome([picture(opts.output, opts.mask ? opts.raw : undefined)]), PRICING);
  const rows = await prisma.image.findMany({ where: { generationId: id }, orderBy: { index: "asc" } });
  return { id, imageIds: rows.map((i) => i.id) };
}

export interface Drift {
  /** "Table.column id → key" for rows whose file is not on disk. */
  missing: string[];
  /** Files in the store that no row points at. */
  orphans: string[];
}

/** Both kinds of drift, read straight from the tables and the folder. */
export async function drift(): Promise<Drift> {
  const [images, inputs] = await Promise.all([
    prisma.image.findMany({ select: { id: true, storageKey: true, thumbnailKey: true, rawStorageKey: true } }),
    prisma.generationInput.findMany({ select: { id: true, storageKey: true } }),
  ]);
  const refs: [string, string][] = [
    ...images.flatMap((i): [string, string][] => [
      [`Image.storageKey ${i.id}`, i.storageKey],
      [`Image.thumbnailKey ${i.id}`, i.thumbnailKey],
      ...(i.rawStorageKey ? [[`Image.rawStorageKey ${i.id}`, i.rawStorageKey] as [string, string]] : []),
    ]),
    ...inputs.map((i): [string, string] => [`GenerationInput.storageKey ${i.id}`, i.storageKey]),
  ];
  const files = new Set(await filesInStore());
  const used = new Set(refs.map(([, key]) => key));
  return {
    missing: refs.filter(([, key]) => !files.has(key)).map(([row, key]) => `${row} → ${key}`),
    orphans: [...files].filter((f) => !used.has(f)).sort(),
  };
}

/** Every file under the store, as a path relative to it (temp files included): the folder or the bucket. */
export const filesInStore = storedFiles;
