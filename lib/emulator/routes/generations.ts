// POST /v1/images/generations: a JSON body (docs/images-api.md §1).
import { errors } from "../errors";
import { type Exchange, readBody } from "../exchange";
import { LIMITS } from "../params";
import { renderScene } from "../render";
import { resolve } from "../resolve";
import { hashParts } from "../seed";
import type { EmulatorState } from "../state";
import { validateGeneration } from "../validate";
import { runImageJob } from "./image-job";

async function readJson(ex: Exchange): Promise<unknown> {
  const { bytes, tooLarge } = await readBody(ex.req, LIMITS.jsonBodyBytes);
  if (tooLarge) throw errors.invalidValueMessage(null, "Request body too large: the limit is 4 MB.");
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    throw errors.invalidRequest(
      "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)",
    );
  }
}

export async function handleGeneration(ex: Exchange, state: EmulatorState): Promise<void> {
  const req = validateGeneration(await readJson(ex));
  const resolved = resolve(req);
  // Format and compression are left out of the seed: the same prompt as png or jpeg is the same picture.
  const seedHash = hashParts(["generation", req.model, req.prompt, resolved.size, resolved.quality, resolved.background]);
  await runImageJob(ex, state, {
    kind: "generation",
    req,
    resolved,
    seedHash,
    requestKey: hashParts(["generation", JSON.stringify(req)]),
    inputImages: [],
    lossless: false,
    render: (index) =>
      renderScene(seedHash, index, resolved.width, resolved.height, resolved.background === "transparent"),
  });
}
