// The provider's limits on an edit's files (docs/images-api.md §2), shared by the browser form and
// the server checks. No node-only imports.

export const MAX_IMAGES = 16;
export const MB = 1024 * 1024;
export const MAX_IMAGE_BYTES = 50 * MB;
export const MAX_MASK_BYTES = 4 * MB;
