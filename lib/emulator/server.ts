// The node:http server: routing, auth, error mapping, logging, and a close() that does not
// wait for hung requests.
import http from "node:http";
import type { Socket } from "node:net";
import { checkAuth } from "./auth";
import { ApiError, errors } from "./errors";
import { Exchange, readBody } from "./exchange";
import { serverError } from "./faults";
import { handleEdit } from "./routes/edits";
import { serveFile } from "./routes/files";
import { handleGeneration } from "./routes/generations";
import { handleIntrospection } from "./routes/introspection";
import { handleModels } from "./routes/models";
import type { EmulatorState } from "./state";

type Handler = (ex: Exchange, state: EmulatorState) => Promise<void>;

const IMAGE_ROUTES: Record<string, Handler> = {
  "POST /v1/images/generations": handleGeneration,
  "POST /v1/images/edits": handleEdit,
  "GET /v1/models": handleModels,
};

async function route(ex: Exchange, state: EmulatorState, method: string, path: string): Promise<void> {
  const handler = IMAGE_ROUTES[`${method} ${path}`];
  if (handler) {
    const denied = checkAuth(ex.req, state.config.apiKey);
    if (denied) {
      await readBody(ex.req, 0); // read the upload first, so the client gets the 401, not a reset
      return ex.sendError(denied);
    }
    return handler(ex, state);
  }
  const file = /^\/v1\/_files\/([\w-]+)$/.exec(path);
  if (method === "GET" && file?.[1]) return serveFile(ex, state, file[1]);
  await readBody(ex.req, 0);
  ex.sendError(errors.notFound(method, path));
}

function fail(ex: Exchange, err: unknown): void {
  if (ex.gone) return; // the client left mid-request: nobody to tell
  const apiError = err instanceof ApiError ? err : undefined;
  if (!apiError) console.error("[emulator] unexpected error:", err);
  const final = apiError ?? serverError(500, "The emulator failed while processing your request.");
  if (!ex.res.headersSent) return ex.sendError(final);
  // A stream is already open: report the error the way a stream does (docs/images-api.md §7.8).
  if (String(ex.res.getHeader("content-type")).startsWith("text/event-stream")) {
    ex.errorEvent(final.body);
    return ex.endEvents();
  }
  ex.res.destroy();
}

export interface ServerHandle {
  server: http.Server;
  /** Stops listening and destroys every open socket, hung requests included. */
  close(): Promise<void>;
}

export function createServer(state: EmulatorState, log: boolean): ServerHandle {
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    const method = req.method ?? "GET";
    const path = new URL(req.url ?? "/", "http://emulator").pathname.replace(/\/+$/, "") || "/";
    if (handleIntrospection(req, res, path, state)) return;

    const ex = new Exchange(req, res, state.rates);
    ex.record = state.log.add(method, path, ex.requestId, req.headers["user-agent"] ?? null);
    state.rates.countRequest();
    if (log) {
      res.on("close", () => {
        const status = res.headersSent ? res.statusCode : "---";
        console.log(`[emulator] ${method} ${path} ${status} ${Date.now() - ex.started}ms ${ex.requestId}`);
      });
    }
    route(ex, state, method, path).catch((err: unknown) => fail(ex, err));
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  return {
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        for (const socket of sockets) socket.destroy();
      }),
  };
}
