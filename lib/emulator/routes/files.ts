// GET /v1/_files/<id>: serves the images of `url`-fault responses, like a relay's CDN link.
import { errors } from "../errors";
import type { Exchange } from "../exchange";
import type { EmulatorState } from "../state";

export function serveFile(ex: Exchange, state: EmulatorState, id: string): void {
  const file = state.files.get(id);
  if (!file) throw errors.notFound(ex.req.method ?? "GET", ex.req.url ?? "");
  ex.send(200, file.contentType, file.bytes);
}
