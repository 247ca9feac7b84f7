// What the image route needs to serve one of a team's images: its files' keys, and for an edit
// the base its heatmap compares against. One statement, prepared once (lib/db/hot-statements.ts):
// a browser asks this for every thumbnail on screen. Team-scoped like every lib/db read: another team's id finds nothing.
import "server-only";
import { hotRead } from "./hot-statements";

export interface ImageFile {
  id: string;
  format: string;
  sha256: string;
  storageKey: string;
  thumbnailKey: string;
  bytes: number;
  rawStorageKey: string | null;
  rawFormat: string | null;
  /** An edit's heatmap, made when it was stored (null for images stored before that). */
  heatmapKey: string | null;
  generation: { kind: string; inputs: { storageKey: string }[] };
}

interface Row extends Omit<ImageFile, "generation" | "bytes"> {
  bytes: number | bigint;
  kind: string;
  baseKey: string | null;
}

/** `inTrash`: the trash view's pictures (a trashed image is missing everywhere else). */
export async function getImageFile(opts: { teamId: string; id: string; inTrash?: boolean }): Promise<ImageFile | null> {
  const trashed = opts.inTrash ? 1 : 0;
  const rows = await hotRead<Row>(
    `SELECT i."id", i."format", i."sha256", i."storageKey", i."thumbnailKey", i."bytes", i."rawStorageKey", i."rawFormat", i."heatmapKey", g."kind",
           (SELECT gi."storageKey" FROM "GenerationInput" gi WHERE gi."generationId" = g."id" AND gi."role" = 'image' AND gi."index" = 0) AS "baseKey"
    FROM "Image" i JOIN "Generation" g ON g."id" = i."generationId"
    WHERE i."id" = ? AND g."teamId" = ?
      AND (CASE WHEN i."trashedAt" IS NULL THEN 0 ELSE 1 END) = ?`,
    [opts.id, opts.teamId, trashed],
  );
  const row = rows[0];
  if (!row) return null;
  const { kind, baseKey, bytes, ...image } = row;
  return { ...image, bytes: Number(bytes), generation: { kind, inputs: baseKey ? [{ storageKey: baseKey }] : [] } };
}
