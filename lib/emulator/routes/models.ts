// GET /v1/models: the cheapest call that proves a key, as OpenAI answers it (a list of model
// objects). Fresco's "Test connection" makes it; the key is checked like on the image routes.
import { readBody, type Exchange } from "../exchange";
import { EDIT_MODELS } from "../params";

export async function handleModels(ex: Exchange): Promise<void> {
  await readBody(ex.req, 0);
  ex.sendJson(200, { object: "list", data: EDIT_MODELS.map((id) => ({ id, object: "model", created: 1_700_000_000, owned_by: "emulator" })) });
}
