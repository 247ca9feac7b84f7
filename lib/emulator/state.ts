// Everything one running emulator keeps between requests.
import { FaultCounter } from "./faults";
import { FileStore } from "./file-store";
import { RateWindow } from "./rate-limits";
import { RequestLog } from "./request-log";

export interface EmulatorConfig {
  /** Simulated work per output image, in ms. */
  latencyMs: number;
  /** When set, the only accepted Bearer token. */
  apiKey?: string;
  /** How the latency is waited out; it ends early when the client goes away. */
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
}

export interface EmulatorState {
  config: EmulatorConfig;
  log: RequestLog;
  files: FileStore;
  faults: FaultCounter;
  rates: RateWindow;
}

export function createState(config: EmulatorConfig): EmulatorState {
  return {
    config,
    log: new RequestLog(),
    files: new FileStore(),
    faults: new FaultCounter(),
    rates: new RateWindow(),
  };
}

/** Clears what tests observe: the request log, the `xN` fault counters and served files. */
export function resetState(state: EmulatorState): void {
  state.log.clear();
  state.faults.reset();
  state.files.clear();
}
