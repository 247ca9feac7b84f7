// Checking uploads in the tests the way an edit submission does (lib/submissions/submit-edit.ts:
// the image count, then checkEditFiles), without the gallery, the database or the blob store.
import { checkImageCount, inspectImage, type UploadFile } from "./inspect-upload";
import { MAX_BASE_SIDE } from "./limits";
import { loadImage, type CheckedImage } from "./load-upload";
import { checkEditFiles } from "./validate-uploads";

/** One upload on its own, as a base would be: its header, then a bounded decode. */
export async function checkImage(file: UploadFile, maxSide = MAX_BASE_SIDE): Promise<CheckedImage> {
  return loadImage(await inspectImage(file), maxSide);
}

/** Uploads alone (no images from the gallery): all images, then the mask against the first. */
export async function validateUploads(files: {
  images: UploadFile[];
  mask?: UploadFile;
}): Promise<{ images: CheckedImage[]; mask?: CheckedImage }> {
  checkImageCount(files.images.length);
  const { images, mask } = await checkEditFiles({ images: files.images.map((file) => ({ file })), mask: files.mask });
  return { images: images.flatMap((i) => ("upload" in i ? [i.upload] : [])), mask };
}
