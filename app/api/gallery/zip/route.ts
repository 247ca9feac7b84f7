// POST /api/gallery/zip (a form with the selected ids): the images as a zip download, each with
// a JSON sidecar and a manifest, streamed (lib/storage/image-zip.ts). Any member may download
// what they can see; ids of another team are left out as if they did not exist.
import { z } from "zod";
import { foreignOriginSentence, isForeignOrigin } from "@/lib/actions/same-origin";
import { withTeam } from "@/lib/auth/route";
import { imageZip } from "@/lib/storage/image-zip";
import { bulkIdsSchema } from "@/lib/views/bulk";

const input = z.object({ ids: bulkIdsSchema });

export const POST = withTeam("read", async (request, { member }) => {
  if (isForeignOrigin(request.headers)) return Response.json({ error: foreignOriginSentence(request.headers) }, { status: 403 });
  const form = await request.formData().catch(() => null);
  // Either one field per id or one comma-separated field.
  const ids = (form?.getAll("ids") ?? []).flatMap((v) => (typeof v === "string" ? v.split(",") : [])).map((v) => v.trim()).filter(Boolean);
  const parsed = input.safeParse({ ids });
  if (!parsed.success) return Response.json({ error: parsed.error.issues[0]?.message ?? "Select the images to download." }, { status: 400 });
  const zip = await imageZip({ teamId: member.team.id, ids: parsed.data.ids });
  if (!zip) return Response.json({ error: "None of these images can be found: they may have been deleted." }, { status: 404 });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(zip.stream, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="fresco-${zip.count}-images-${day}.zip"`,
      "Cache-Control": "no-store",
    },
  });
});
