// The server-action settings in one place: next.config.mjs hands them to Next, and proxy.ts
// answers with a sentence what Next itself would refuse with a bare 500. Plain JavaScript
// because next.config.mjs loads it without a compiler.

/** No action takes uploads (edits post to /api/edits), so an action body stays small. */
export const ACTION_BODY_LIMIT_MB = 2;

/** Hosts besides Fresco's own whose pages may call its actions (Next's `allowedOrigins`). */
export const ACTION_ALLOWED_ORIGINS = [];
