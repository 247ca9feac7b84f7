// Serves a stored image to members of its team: the file itself, ?variant=thumb (its
// thumbnail), ?variant=raw (an edit's output exactly as the provider returned it, when the
// file is derived from it), ?variant=heatmap (what an edit changed, stored with it) and
// ?variant=diff&against=<imageId> (how this image differs from another of the same team).
// Content never changes for an id and variant, so responses carry a strong ETag and are
// cached privately for a year; a Range header gets that part of the file (206).
import { notFound, withTeam } from "@/lib/auth/route";
import { getImageFile } from "@/lib/db/queries";
import { changeHeatmap } from "@/lib/edits/heatmap";
import { imageDiff } from "@/lib/edits/image-diff";
import { attachment, downloadLabel } from "@/lib/images/download-name";
import { readBlob } from "@/lib/storage/blob-store";
import { etagMatches } from "@/lib/storage/etag";
import { blobSource, bytesSource, fileResponse, type FileSource } from "@/lib/storage/file-response";

const CONTENT_TYPES: Record<string, string> = { png: "image/png", jpeg: "image/jpeg", webp: "image/webp" };

type ImageFile = NonNullable<Awaited<ReturnType<typeof getImageFile>>>;
interface Served {
  etag: string;
  format: string;
  suffix: string;
  source: FileSource;
}

const hashOf = (key: string) => key.split("/").pop()!.split(".")[0]!;
const blob = (key: string, format: string, suffix = ""): Served => ({ etag: hashOf(key), format, suffix, source: blobSource(key) });

/** What a variant serves; null when this image has no such variant (the same 404 as a missing id). */
function pick(image: ImageFile, variant: string | null): Served | null {
  if (variant === "thumb") return blob(image.thumbnailKey, "webp", "-thumb");
  if (variant === "raw") return image.rawStorageKey ? blob(image.rawStorageKey, image.rawFormat ?? image.format, "-raw") : null;
  if (variant === "heatmap") {
    const base = image.generation.inputs[0];
    if (image.generation.kind !== "edit" || !base) return null;
    // Made once when the edit was stored; images stored before that are drawn on request.
    if (image.heatmapKey) return blob(image.heatmapKey, "png", "-changes");
    const rawKey = image.rawStorageKey ?? image.storageKey;
    return {
      etag: `heatmap-${hashOf(base.storageKey).slice(0, 24)}-${hashOf(rawKey).slice(0, 24)}`,
      format: "png",
      suffix: "-changes",
      source: bytesSource(async () => changeHeatmap(await readBlob(base.storageKey), await readBlob(rawKey))),
    };
  }
  return blob(image.storageKey, image.format);
}

/** ?variant=diff: B (`against`, read for the same team) against this image, in this image's frame. */
function diff(image: ImageFile, against: ImageFile): Served {
  return {
    etag: `diff-${hashOf(image.storageKey).slice(0, 24)}-${hashOf(against.storageKey).slice(0, 24)}`,
    format: "png",
    suffix: `-diff-${against.id}`,
    source: bytesSource(async () => imageDiff(await readBlob(image.storageKey), await readBlob(against.storageKey))),
  };
}

export const GET = withTeam<{ id: string }>("read", async (request, { member, params }) => {
  const url = new URL(request.url);
  // ?from=trash: the trash view's pictures (a trashed image is missing everywhere else).
  const image = await getImageFile({ teamId: member.team.id, id: params.id, inTrash: url.searchParams.get("from") === "trash" });
  if (!image) return notFound();
  const variant = url.searchParams.get("variant");
  let served: Served | null;
  if (variant === "diff") {
    // The second id passes the same team check as the first: a foreign one is just missing.
    const againstId = url.searchParams.get("against");
    const against = againstId ? await getImageFile({ teamId: member.team.id, id: againstId }) : null;
    served = against ? diff(image, against) : null;
  } else served = pick(image, variant);
  if (!served) return notFound();

  const etag = `"${served.etag}"`;
  const headers = {
    "Content-Type": CONTENT_TYPES[served.format] ?? "application/octet-stream",
    "Cache-Control": "private, max-age=31536000, immutable",
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
  };
  if (etagMatches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });

  const download = url.searchParams.get("download") === "1";
  // Streamed from the store, one range of it when asked (lib/storage/file-response.ts); named
  // and labelled by what the bytes are, not by what a row says they are.
  return fileResponse(request, served.source, headers, (head) => {
    const label = downloadLabel(head, `fresco-${image.id}${served.suffix}`);
    return { "Content-Type": label.contentType, ...(download ? { "Content-Disposition": attachment(label) } : {}) };
  });
});
