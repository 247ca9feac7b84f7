// Serves a stored image (or its thumbnail with ?variant=thumb) to members of its team. Content
// never changes for an id, so responses carry a strong ETag and are cached privately for a year.
import { notFound, withTeam } from "@/lib/auth/route";
import { getImageFile } from "@/lib/db/queries";
import { readBlob } from "@/lib/storage/blob-store";

const CONTENT_TYPES: Record<string, string> = { png: "image/png", jpeg: "image/jpeg", webp: "image/webp" };

export const GET = withTeam<{ id: string }>("read", async (request, { member, params }) => {
  const url = new URL(request.url);
  const thumb = url.searchParams.get("variant") === "thumb";
  const image = await getImageFile({ teamId: member.team.id, id: params.id });
  if (!image) return notFound();

  const key = thumb ? image.thumbnailKey : image.storageKey;
  const etag = `"${key.split("/").pop()!.split(".")[0]}"`;
  const headers = {
    "Content-Type": thumb ? "image/webp" : (CONTENT_TYPES[image.format] ?? "application/octet-stream"),
    "Cache-Control": "private, max-age=31536000, immutable",
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });

  const bytes = await readBlob(key);
  const download = url.searchParams.get("download") === "1";
  return new Response(new Uint8Array(bytes), {
    headers: {
      ...headers,
      "Content-Length": String(bytes.byteLength),
      ...(download ? { "Content-Disposition": `attachment; filename="fresco-${image.id}.${image.format}"` } : {}),
    },
  });
});
