// The part both image endpoints share once a request is valid: faults, then a JSON or a
// streamed answer.
import type { Exchange } from "../exchange";
import { faultError, type FaultName } from "../faults";
import type { RawImage } from "../raw-image";
import type { Resolved } from "../resolve";
import type { ShapeContext } from "../shape-faults";
import type { EmulatorState } from "../state";
import type { ImageRequest } from "../validate";
import { respondJson } from "./respond-json";
import { respondStream } from "./respond-stream";

export interface ImageJob {
  kind: "generation" | "edit";
  req: ImageRequest;
  resolved: Resolved;
  /** Hash of what the picture depends on (prompt, model, size, files...): seeds the pixels. */
  seedHash: string;
  /** Hash of the whole request, every field and file: identical retries share `xN` fault counts. */
  requestKey: string;
  /** Sizes of the input images, for input image tokens (edits only). */
  inputImages: readonly { width: number; height: number }[];
  /** Edits keep unmasked pixels bit-exact, so their webp is lossless. */
  lossless: boolean;
  render(index: number): Promise<RawImage>;
}

export interface JobContext {
  ex: Exchange;
  state: EmulatorState;
  faults: ReadonlySet<FaultName>;
  shape: ShapeContext;
}

function origin(ex: Exchange): string {
  return `http://${ex.req.headers.host ?? "127.0.0.1"}`;
}

export async function runImageJob(ex: Exchange, state: EmulatorState, job: ImageJob): Promise<void> {
  const faults = state.faults.active(job.req.prompt, job.requestKey);
  const error = faultError(faults, job.req.model);
  if (error) return ex.sendError(error);
  if (faults.has("hang")) {
    // Never answer: the client times out, or the server's close() destroys the socket.
    return new Promise<void>((resolve) => {
      if (ex.signal.aborted) return resolve();
      ex.signal.addEventListener("abort", () => resolve(), { once: true });
    });
  }
  const ctx: JobContext = { ex, state, faults, shape: { faults, files: state.files, origin: origin(ex) } };
  if (job.req.stream) return respondStream(ctx, job);
  return respondJson(ctx, job);
}
