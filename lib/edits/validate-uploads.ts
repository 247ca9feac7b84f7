// Checks the files of an edit before anything is stored or sent (docs/images-api.md §2): each image
// a real PNG, WebP or JPEG within the limits, the mask a PNG with an alpha channel of exactly
// the base's size. Every refusal names the file and the rule, so a person can fix it.
// Headers come first for every file (cheap, and they refuse bombs); only then are pixels
// decoded, a few at a time and shrunk to the size each file is used at.
import type { Size } from "@/lib/canvas/fit";
import { checkMaskFits, checkPixelBudget, inspectImage, inspectMask, type Inspected, type UploadFile } from "./inspect-upload";
import { MAX_BASE_SIDE, MAX_REFERENCE_SIDE } from "./limits";
import { loadImage, loadMask, shrunkSize, type CheckedImage } from "./load-upload";
import type { StoredFile } from "./store-inputs";

export { checkImageCount, checkMaskFits, type UploadFile } from "./inspect-upload";
export type { CheckedImage } from "./load-upload";

/** An edit's image before the checks: uploaded bytes, or a file the team has stored already. */
export type EditSource = { file: UploadFile } | { stored: StoredFile };
export type CheckedSource = { upload: CheckedImage } | { stored: StoredFile };

/**
 * Every file of one edit, in order. The first image is the base unless `targets` is given
 * (bulk over stored images: each target is a base, every image here a reference). A base is
 * kept up to MAX_BASE_SIDE a side and its mask shrunk with it; references to the provider's
 * largest side.
 */
export async function checkEditFiles(input: {
  images: EditSource[];
  mask?: UploadFile;
  targets?: StoredFile[];
}): Promise<{ images: CheckedSource[]; mask?: CheckedImage }> {
  const heads: (Inspected | null)[] = [];
  for (const image of input.images) heads.push("file" in image ? await inspectImage(image.file) : null);
  const maskHead = input.mask ? await inspectMask(input.mask) : undefined;
  checkPixelBudget([...heads, maskHead].filter((h): h is Inspected => Boolean(h)));

  const sizeOf = (i: number): Size & { name: string } => heads[i] ?? (input.images[i] as { stored: StoredFile }).stored;
  const bases = input.targets ?? [sizeOf(0)];
  if (maskHead) for (const base of bases) checkMaskFits(maskHead, base, input.targets ? base.name : undefined);

  const maxSide = (i: number) => (i === 0 && !input.targets ? MAX_BASE_SIDE : MAX_REFERENCE_SIDE);
  const images = input.images.map((image, i): Promise<CheckedSource> => {
    const head = heads[i];
    return head ? loadImage(head, maxSide(i)).then((upload) => ({ upload })) : Promise.resolve(image as { stored: StoredFile });
  });
  // The mask goes where its base goes: shrunk with an uploaded base, as is over a stored one.
  const maskSize = input.targets || !heads[0] ? maskHead : shrunkSize(heads[0], MAX_BASE_SIDE);
  const mask = maskHead && maskSize ? loadMask(maskHead, maskSize) : undefined;
  // Decodes run side by side; the refusal reported is the first file's, as the form lists them.
  const settled = await Promise.allSettled<CheckedSource | CheckedImage>([...images, ...(mask ? [mask] : [])]);
  const failed = settled.find((r) => r.status === "rejected");
  if (failed) throw failed.reason;
  const values = settled.map((r) => (r as PromiseFulfilledResult<CheckedSource | CheckedImage>).value);
  return { images: values.slice(0, images.length) as CheckedSource[], mask: mask ? (values[images.length] as CheckedImage) : undefined };
}
