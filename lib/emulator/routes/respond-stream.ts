// The streamed answer (docs/images-api.md §4, §7.8): partial images spread over the latency, then `completed`
// with usage. Faults that break the stream show up as events, after the 200 has been sent.
import { signAsEmulator } from "../credentials/sign";
import { encode, MIME } from "../encode";
import { latencyFor } from "../latency";
import { partialRendition } from "../render";
import { malformed, shapeImage, shapeUsage } from "../shape-faults";
import { streamedUsage, usageFor } from "../tokens";
import type { ImageJob, JobContext } from "./image-job";

export async function respondStream({ ex, state, faults, shape }: JobContext, job: ImageJob): Promise<void> {
  const { req, resolved } = job;
  const prefix = job.kind === "generation" ? "image_generation" : "image_edit";
  const encodeOpts = { format: resolved.outputFormat, compression: req.compression, lossless: job.lossless };
  const echo = {
    size: resolved.size,
    quality: resolved.quality,
    background: resolved.background,
    output_format: resolved.outputFormat,
  };
  // `stream-error` and `stream-end` break the stream right after its first partial, even if none was asked for.
  const broken = faults.has("stream-error") || faults.has("stream-end");
  const partials = broken ? 1 : req.partialImages;
  const step = latencyFor(req.prompt, state.config.latencyMs) / (partials + 1);

  ex.startEvents();
  const final = await job.render(0);
  for (let index = 0; index < partials; index++) {
    await state.config.sleep(step, ex.signal);
    const bytes = await encode(await partialRendition(final, index, partials), encodeOpts);
    if (ex.gone) return;
    const created_at = Math.floor(Date.now() / 1000);
    ex.event(`${prefix}.partial_image`, {
      type: `${prefix}.partial_image`,
      b64_json: bytes.toString("base64"),
      partial_image_index: index,
      created_at,
      ...echo,
    });
  }
  if (faults.has("stream-error")) {
    ex.errorEvent({ message: "The image generation failed mid-stream.", type: "server_error", param: null, code: "server_error" });
    return ex.endEvents();
  }
  // A relay that drops the upstream: the stream closes cleanly with neither `completed` nor `error`.
  if (faults.has("stream-end")) return ex.endEvents();

  await state.config.sleep(step, ex.signal);
  // Only the final image is signed: partials are previews nobody keeps (lib/emulator/README.md).
  const bytes = await signAsEmulator(await encode(final, encodeOpts), resolved.outputFormat, req.model);
  if (ex.gone) return;
  const usage = usageFor({
    prompt: req.prompt,
    inputImages: job.inputImages,
    n: 1,
    quality: resolved.quality,
    size: resolved.size,
    partialImages: partials,
  });
  state.rates.countTokens(usage.total_tokens);
  const completed = {
    type: `${prefix}.completed`,
    ...shapeImage(bytes, MIME[resolved.outputFormat], shape),
    created_at: Math.floor(Date.now() / 1000),
    ...echo,
    usage: shapeUsage(streamedUsage(usage), faults),
  };
  if (faults.has("malformed-json")) {
    if (!ex.gone) ex.res.write(`event: ${prefix}.completed\ndata: ${malformed(JSON.stringify(completed))}\n\n`);
  } else {
    ex.event(`${prefix}.completed`, completed);
  }
  ex.endEvents();
}
