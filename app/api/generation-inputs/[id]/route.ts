// Serves a file sent with an edit (its base, a reference image or the mask) to members of its
// team, so any edit can be inspected and run again. Inputs never change: strong ETag, private
// cache for a year.
import { notFound, withTeam } from "@/lib/auth/route";
import { getInputFile } from "@/lib/db/edit-inputs";
import { attachment, downloadLabel, stemOf } from "@/lib/images/download-name";
import { readBlob } from "@/lib/storage/blob-store";
import { etagMatches } from "@/lib/storage/etag";

const CONTENT_TYPES: Record<string, string> = { png: "image/png", jpeg: "image/jpeg", webp: "image/webp" };

export const GET = withTeam<{ id: string }>("read", async (request, { member, params }) => {
  const input = await getInputFile({ teamId: member.team.id, id: params.id });
  if (!input) return notFound();

  const etag = `"${input.sha256}"`;
  const headers = {
    "Content-Type": CONTENT_TYPES[input.format] ?? "application/octet-stream",
    "Cache-Control": "private, max-age=31536000, immutable",
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
  };
  if (etagMatches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });

  const bytes = await readBlob(input.storageKey);
  const download = new URL(request.url).searchParams.get("download") === "1";
  // The person's own name, but the extension and type of what the bytes are: "evil.html"
  // holding a PNG downloads as "evil.png".
  const label = downloadLabel(bytes, stemOf(input.name));
  return new Response(new Uint8Array(bytes), {
    headers: {
      ...headers,
      "Content-Type": label.contentType,
      "Content-Length": String(bytes.byteLength),
      ...(download ? { "Content-Disposition": attachment(label) } : {}),
    },
  });
});
