// Enlarging locally, free: a Lanczos resize with sharp, stored as every image is (temp, fsync,
// rename, then the row; a WebP thumbnail), as a step of kind "local" that cost exactly $0. One
// resize at a time per process: an 8K picture is a quarter of a gigabyte while it is worked on.
import "server-only";
import sharp from "sharp";
import { createLocalStep, findStepsByKeys } from "@/lib/db/local-steps";
import { AppError } from "@/lib/errors";
import type { PixelSize } from "@/lib/images/custom-size";
import type { OutputFormat } from "@/lib/images/models";
import { MissingBlobError, readBlob } from "@/lib/storage/blob-store";
import { blobWrites } from "@/lib/storage/blob-writes";
import { makeThumbnail } from "@/lib/storage/thumbnails";

export const LOCAL_METHOD = "lanczos3";

/** One image to enlarge, checked: the team's, its target within the local limit. */
export interface LocalPlan {
  image: { id: string; format: OutputFormat; width: number; height: number; sha256: string; storageKey: string; prompt: string };
  size: PixelSize;
  key: string;
  projectId: string;
}

let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

/** Lossless stays lossless; JPEG and WebP at 95, as uploads are kept (lib/edits/load-upload.ts). */
export function resizeLanczos(bytes: Buffer, size: PixelSize, format: OutputFormat): Promise<Buffer> {
  const pipeline = sharp(bytes).resize(size.width, size.height, { kernel: LOCAL_METHOD, fit: "fill" });
  if (format === "png") return pipeline.png().toBuffer();
  if (format === "webp") return pipeline.webp({ quality: 95, alphaQuality: 100 }).toBuffer();
  return pipeline.jpeg({ quality: 95 }).toBuffer();
}

export async function enlargeLocally(who: { teamId: string; userId: string }, plans: LocalPlan[]): Promise<string[]> {
  const earlier = await findStepsByKeys({ teamId: who.teamId, keys: plans.map((p) => p.key) });
  const ids: string[] = [];
  for (const plan of plans) {
    // A resubmitted enlargement finds its step and resizes nothing again.
    const found = earlier.get(plan.key);
    ids.push(found ?? (await oneAtATime(() => enlargeOne(who, plan))));
  }
  return ids;
}

async function enlargeOne(who: { teamId: string; userId: string }, plan: LocalPlan): Promise<string> {
  const { image, size } = plan;
  const source = await readBlob(image.storageKey).catch((err: unknown) => {
    if (err instanceof MissingBlobError) throw new AppError("NOT_FOUND", "Not found.");
    throw err;
  });
  const bytes = await resizeLanczos(source, size, image.format);
  // Pinned until the row commits: a delete of another row with the same bytes leaves them be.
  const writes = blobWrites();
  let id: string | null;
  try {
    const main = await writes.put(bytes, image.format);
    const thumb = await makeThumbnail(bytes, writes.put);
    id = await createLocalStep({
      teamId: who.teamId,
      createdById: who.userId,
      idempotencyKey: plan.key,
      parentImageId: image.id,
      projectId: plan.projectId,
      prompt: image.prompt,
      params: { size: `${size.width}x${size.height}`, output_format: image.format, method: LOCAL_METHOD, enlarge: true },
      image: {
        format: image.format,
        width: size.width,
        height: size.height,
        bytes: main.bytes,
        sha256: main.sha256,
        storageKey: main.key,
        thumbnailKey: thumb.key,
        derivation: { kind: "enlarged", base: image.sha256, method: LOCAL_METHOD, from: { width: image.width, height: image.height } },
      },
    });
  } catch (err) {
    await writes.undo();
    throw err;
  }
  if (id) {
    writes.done();
    return id;
  }
  // The same submission committed first (a double click): its row is the answer.
  await writes.undo();
  const again = (await findStepsByKeys({ teamId: who.teamId, keys: [plan.key] })).get(plan.key);
  if (!again) throw new AppError("CONFLICT", "This enlargement was just made; reload to see it.");
  return again;
}
