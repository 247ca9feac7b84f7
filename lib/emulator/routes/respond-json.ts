// The plain JSON answer (docs/images-api.md §3): every image rendered, encoded and echoed with resolved values.
import { signAsEmulator } from "../credentials/sign";
import { encode, MIME } from "../encode";
import { serverError } from "../faults";
import { latencyFor } from "../latency";
import { malformed, shapeImage, shapeUsage } from "../shape-faults";
import { usageFor } from "../tokens";
import type { ImageJob, JobContext } from "./image-job";

export async function respondJson({ ex, state, faults, shape }: JobContext, job: ImageJob): Promise<void> {
  const { req, resolved } = job;
  // `stream-error` and `stream-end` have no stream to break here: they are a plain server error.
  if (faults.has("stream-error") || faults.has("stream-end")) {
    return ex.sendError(serverError(500, "The image generation failed while streaming."));
  }
  await state.config.sleep(latencyFor(req.prompt, state.config.latencyMs) * req.n, ex.signal);
  if (ex.gone) return;

  const data = [];
  for (let i = 0; i < req.n; i++) {
    const raw = await job.render(i);
    const encoded = await encode(raw, { format: resolved.outputFormat, compression: req.compression, lossless: job.lossless });
    // Final images carry content credentials, as the provider's do (credentials/sign.ts).
    const bytes = await signAsEmulator(encoded, resolved.outputFormat, req.model);
    if (ex.gone) return;
    data.push(shapeImage(bytes, MIME[resolved.outputFormat], shape));
  }
  const usage = usageFor({
    prompt: req.prompt,
    inputImages: job.inputImages,
    n: req.n,
    quality: resolved.quality,
    size: resolved.size,
    partialImages: 0,
  });
  state.rates.countTokens(usage.total_tokens);
  const body = {
    created: Math.floor(Date.now() / 1000),
    background: resolved.background,
    output_format: resolved.outputFormat,
    quality: resolved.quality,
    size: resolved.size,
    data,
    usage: shapeUsage(usage, faults),
  };
  if (faults.has("malformed-json")) return ex.send(200, "application/json", malformed(JSON.stringify(body)));
  ex.sendJson(200, body);
}
