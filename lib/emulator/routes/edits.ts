// POST /v1/images/edits: multipart with 1..16 images and an optional mask (docs/images-api.md §2).
import { composeEdit } from "../edit-render";
import { errors } from "../errors";
import type { Exchange } from "../exchange";
import { parseMultipart } from "../multipart";
import { renderScene } from "../render";
import { resolve } from "../resolve";
import { hashParts } from "../seed";
import type { EmulatorState } from "../state";
import { checkUploads } from "../uploads";
import { validateEditFields } from "../validate";
import { runImageJob } from "./image-job";

export async function handleEdit(ex: Exchange, state: EmulatorState): Promise<void> {
  const body = await parseMultipart(ex.req);
  if (ex.record) {
    ex.record.files = [...body.images, ...(body.mask ? [body.mask] : [])].map((f) => ({
      field: f.field,
      filename: f.filename,
      contentType: f.contentType,
      bytes: f.bytes.length,
    }));
  }
  const req = validateEditFields(body.fields);
  if (body.images.length === 0) throw errors.missingRequired("image");
  const uploads = await checkUploads(body.images, body.mask);
  const resolved = resolve(req, uploads.images[0]);

  const files = [...body.images.map((f) => f.bytes), body.mask?.bytes ?? "no-mask"];
  const seedHash = hashParts([
    "edit",
    req.model,
    req.prompt,
    resolved.size,
    resolved.quality,
    resolved.background,
    req.inputFidelity,
    ...files,
  ]);
  await runImageJob(ex, state, {
    kind: "edit",
    req,
    resolved,
    seedHash,
    requestKey: hashParts(["edit", JSON.stringify(req), ...files]),
    inputImages: uploads.images,
    lossless: true,
    render: async (index) =>
      composeEdit({
        base: uploads.base,
        mask: uploads.mask,
        synthetic: await renderScene(seedHash, index, resolved.width, resolved.height, resolved.background === "transparent"),
      }),
  });
}
