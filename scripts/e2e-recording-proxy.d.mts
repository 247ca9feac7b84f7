import type { Server } from "node:http";
export function startRecordingProxy(opts: { port: number | string; target: string; log: string }): Promise<Server>;
