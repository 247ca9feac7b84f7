// The JSON bodies Fresco sends for a generation: one definition for the SDK call and for
// "copy as curl", so the curl a person copies is exactly the request that is made.
// `response_format` is never sent: GPT image models reject it (docs/images-api.md §1).
import type { EditParams, GenerateParams } from "./schemas";

/** Everything but the images and the endpoint-specific fields. */
export function sharedBody(p: GenerateParams | EditParams) {
  return {
    model: p.model,
    prompt: p.prompt,
    n: p.n,
    size: p.size,
    quality: p.quality,
    background: p.background,
    output_format: p.output_format,
    ...(p.output_compression !== undefined && p.output_format !== "png" ? { output_compression: p.output_compression } : {}),
    ...(p.user ? { user: p.user } : {}),
  };
}

export function generationBodies(p: GenerateParams) {
  const json = { ...sharedBody(p), moderation: p.moderation };
  // Streaming returns one image per call: n images are n calls of n = 1.
  const stream = { ...json, n: 1, stream: true as const, partial_images: p.partial_images };
  return { json, stream };
}
