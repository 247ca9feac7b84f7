// /__emulator/*: lets tests that run the app as a separate process see what reached the provider.
import type { IncomingMessage, ServerResponse } from "node:http";
import { resetState, type EmulatorState } from "../state";

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": String(Buffer.byteLength(text)) });
  res.end(text);
}

/** True when the request was an introspection route (and has been answered). */
export function handleIntrospection(req: IncomingMessage, res: ServerResponse, path: string, state: EmulatorState): boolean {
  if (!path.startsWith("/__emulator/")) return false;
  req.resume();
  const route = `${req.method ?? "GET"} ${path}`;
  if (route === "GET /__emulator/requests") {
    const requests = state.log.list().map(({ method, path, status, at, userAgent, files }) => ({ method, path, status, at, userAgent, files }));
    json(res, 200, { count: requests.length, requests });
  } else if (route === "POST /__emulator/reset") {
    resetState(state);
    json(res, 200, { ok: true });
  } else if (route === "GET /__emulator/health") {
    json(res, 200, { ok: true });
  } else {
    json(res, 404, { error: { message: `Invalid URL (${route})`, type: "invalid_request_error", param: null, code: null } });
  }
  return true;
}
