// Submitting an edit, or a bulk of edits (one per prompt, or one per selected image): check
// every file and id, store the uploads, record all generations with their inputs at once,
// hand them to the job runner. Nothing is stored or sent when anything fails a check.
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { createEdits, findEditsByKeys, findTeamImages, type NewEdit } from "@/lib/db/edit-inputs";
import type { EditSubmission } from "@/lib/edits/edit-form";
import { fromImage, holdStored, inputRows, storeUploads, type StoredFile } from "@/lib/edits/store-inputs";
import { checkEditFiles, checkImageCount, type CheckedImage, type EditSource } from "@/lib/edits/validate-uploads";
import { AppError } from "@/lib/errors";
import { enqueueGeneration } from "@/lib/jobs/runner";
import { blobWrites } from "@/lib/storage/blob-writes";
import { priceProviderOf, reserveBudget, teamCaps } from "./budget";
import { enforceCaps } from "./limits";
import { chooseProvider, enforceProvider } from "./provider-choice";
import { targetProjects } from "./target-project";

/** An input before storage: either checked upload bytes, or a file the team already has. */
type Source = { upload: CheckedImage } | { stored: StoredFile };
const sizeOf = (s: Source) => ("upload" in s ? s.upload : s.stored);

/**
 * Per-item keys for a bulk, derived from the submission's key: a resubmitted bulk finds every
 * one of its generations again and makes no new provider call.
 */
export function itemKey(key: string, index: number, count: number): string {
  if (count === 1) return key;
  const h = createHash("sha256").update(`${key}/edit/${index}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

export async function submitEdit(
  who: { teamId: string; userId: string },
  input: EditSubmission,
): Promise<{ batchId: string; ids: string[]; created: boolean }> {
  // Ids first, all in one team-scoped query: another team's id is "Not found." exactly like
  // a missing one, before a single uploaded byte is read.
  const ids = [...input.slots.flatMap((s) => (s.kind === "image" ? [s.imageId] : [])), ...(input.targets ?? [])];
  const found = await findTeamImages({ teamId: who.teamId, ids: [...new Set(ids)] });
  const gallery = (id: string): { stored: StoredFile } => {
    const image = found.get(id);
    if (!image) throw new AppError("NOT_FOUND", "Not found.");
    return { stored: fromImage({ ...image, format: image.format as StoredFile["format"] }) };
  };
  const targets = input.targets?.map(gallery);
  checkImageCount(input.slots.length + (targets ? 1 : 0));

  const sources: EditSource[] = [];
  for (const slot of input.slots) {
    sources.push(slot.kind === "image" ? gallery(slot.imageId) : { file: await readFile(input.files[slot.field]!, slot.field) });
  }
  const maskFile = input.mask ? await readFile(input.mask, "mask.png") : undefined;
  const { images: slots, mask } = await checkEditFiles({ images: sources, mask: maskFile, targets: targets?.map((t) => t.stored) });
  // An edit whose base is one of the team's images is that image's child in its lineage.
  const first = input.slots[0];
  const baseId = first?.kind === "image" ? first.imageId : undefined;
  const items = targets
    ? targets.map((base, i) => ({ params: input.params[0]!, images: [base, ...slots], parentImageId: input.targets![i] }))
    : input.params.map((params) => ({ params, images: slots, parentImageId: baseId }));

  const keys = items.map((_, i) => itemKey(input.idempotencyKey, i, items.length));
  const again = await resubmitted(who.teamId, keys);
  if (again) return { ...again, created: false };
  const projects = await targetProjects(who, { requested: input.projectId, parents: items.map((item) => item.parentImageId) });
  // Edits go to the team's default provider, within its limits.
  const provider = await chooseProvider(who.teamId);
  const planned = items.map((item) => ({ params: item.params, inputImageSizes: item.images.map(sizeOf), priceProvider: priceProviderOf(provider) }));
  enforceProvider(provider, planned);
  await enforceCaps(who, planned, await teamCaps(who.teamId));
  // Held on the budgets before anything is stored; released below unless the edits are queued.
  const hold = await reserveBudget(who, planned);

  const uploads = slots.flatMap((s) => ("upload" in s ? [s.upload] : []));
  const writes = blobWrites();
  const stored = await storeUploads(mask ? [...uploads, mask] : uploads, writes).catch(async (err: unknown) => {
    await hold.release();
    throw err;
  });
  const storedOf = new Map(uploads.map((u, i) => [u, stored[i]!]));
  const resolve = (s: Source) => ("upload" in s ? storedOf.get(s.upload)! : s.stored);
  const storedMask = mask ? stored[stored.length - 1] : undefined;

  const batchId = randomUUID();
  const edits = items.map((item, i): NewEdit => ({
    teamId: who.teamId,
    createdById: who.userId,
    // Without a mask there is nothing outside it to keep.
    request: { kind: "edit", params: item.params, options: { ...input.options, keepOutsideMask: Boolean(mask) && input.options.keepOutsideMask } },
    idempotencyKey: keys[i]!,
    batchId,
    parentImageId: item.parentImageId,
    projectId: projects[i]!,
    providerId: provider.id,
    inputs: inputRows(item.images.map(resolve), storedMask),
    maskState: mask ? input.maskState : undefined,
  }));

  let created: string[] | null;
  try {
    await holdStored([...slots, ...(targets ?? [])].flatMap((s) => ("stored" in s ? [s.stored] : [])), writes);
    created = await createEdits(edits);
    writes.done();
    if (created) await hold.attach(created);
  } catch (err) {
    await writes.undo();
    await hold.release();
    throw err;
  }
  // An identical submission committed first; its rows point at the same blobs, so keep them.
  if (!created) {
    await hold.release();
    return { ...(await resubmitted(who.teamId, keys))!, created: false };
  }
  // One after another: the queue keeps the batch in the order it was asked.
  for (const id of created) await enqueueGeneration({ id, owner: who.userId, teamId: who.teamId });
  return { batchId, ids: created, created: true };
}

async function resubmitted(teamId: string, keys: string[]): Promise<{ batchId: string; ids: string[] } | null> {
  const rows = await findEditsByKeys({ teamId, keys });
  if (rows.length === 0) return null;
  const byKey = new Map(rows.map((r) => [r.idempotencyKey, r]));
  const ordered = keys.flatMap((k) => (byKey.has(k) ? [byKey.get(k)!] : []));
  return { batchId: ordered[0]!.batchId ?? "", ids: ordered.map((r) => r.id) };
}

async function readFile(file: File, field: string): Promise<{ name: string; bytes: Buffer }> {
  return { name: file.name || field, bytes: Buffer.from(await file.arrayBuffer()) };
}
