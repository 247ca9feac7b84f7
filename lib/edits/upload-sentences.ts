// What a person reads when an uploaded image is refused, by the server's checks
// (inspect-upload.ts, load-upload.ts) and by the browser's, which apply the same rules as a file
// is added (components/edit/edit-images.ts). One wording, so both say the same. No node-only imports.
import { MAX_PIXELS } from "@/lib/images/pixel-limit";
import { MAX_IMAGE_BYTES, MB, megabytes } from "./limits";

export const uploadSentences = {
  tooLarge: (name: string, bytes: number) => `${name} is ${megabytes(bytes)}; each image may be at most ${MAX_IMAGE_BYTES / MB} MB.`,
  notAnImage: (name: string) => `${name} is not a PNG, JPEG or WebP image (its content says otherwise).`,
  damaged: (name: string) => `${name} is damaged or cut short and cannot be read.`,
  tooManyPixels: (name: string) => `${name} has too many pixels; images may have at most ${MAX_PIXELS / 1e6} megapixels.`,
};
