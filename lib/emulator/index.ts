// Public entry of the offline OpenAI Images API emulator. See README.md for the contract it
// follows and the `[fault:NAME]` markers.
import type { AddressInfo } from "node:net";
import { latencyFromEnv, sleep } from "./latency";
import type { RequestRecord } from "./request-log";
import { createServer } from "./server";
import { createState, resetState } from "./state";

export interface EmulatorOptions {
  /** 0 = a random free port (the default). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Simulated work per output image. Default: FRESCO_EMULATOR_LATENCY_MS, else 0. */
  latencyMs?: number;
  /** Pin one accepted Bearer key; by default any non-empty key is accepted. */
  apiKey?: string;
  /** Print one line per request. */
  log?: boolean;
  /** Waits out the latency; a test passes one that records the waits instead of spending them. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export interface RunningEmulator {
  /** e.g. http://127.0.0.1:4010 */
  url: string;
  /** url + "/v1": what an OpenAI client takes as baseURL. */
  baseURL: string;
  /** Requests received (introspection routes excluded) since start or the last reset(). */
  requestCount(): number;
  /** The request log: method, path, status (null while pending), arrival time, request id. */
  requests(): RequestRecord[];
  /** Clears the request log, the `xN` fault counters and the served files. */
  reset(): void;
  close(): Promise<void>;
}

export type { RequestRecord };

export async function startEmulator(opts: EmulatorOptions = {}): Promise<RunningEmulator> {
  const state = createState({
    latencyMs: opts.latencyMs ?? latencyFromEnv() ?? 0,
    apiKey: opts.apiKey,
    sleep: opts.sleep ?? sleep,
  });
  const { server, close } = createServer(state, opts.log ?? false);
  const host = opts.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  let closing: Promise<void> | undefined;
  return {
    url,
    baseURL: `${url}/v1`,
    requestCount: () => state.log.count(),
    requests: () => state.log.list(),
    reset: () => resetState(state),
    close: () => (closing ??= close()),
  };
}
