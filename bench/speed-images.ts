// The image route on one instance at 8 connections: thumbnails per second (200s with bytes) and
// 304s per second (the browser revalidating what it has), each for a few seconds, signed in.
import http from "node:http";
import { groupCpuMs } from "./speed-stack";

export interface Throughput {
  perSecond: number;
  p95Ms: number;
  cpuMsPerRequest: number;
}

export async function imageRouteThroughput(opts: { url: string; cookie: string; ids: string[]; pgid: number; etags?: Map<string, string>; seconds?: number }): Promise<Throughput> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  const until = performance.now() + (opts.seconds ?? 4) * 1000;
  const times: number[] = [];
  let next = 0;
  const cpu0 = groupCpuMs(opts.pgid);
  const started = performance.now();
  const worker = async () => {
    while (performance.now() < until) {
      const id = opts.ids[next++ % opts.ids.length]!;
      const t0 = performance.now();
      const etag = opts.etags?.get(id);
      const status = await get(`${opts.url}/api/images/${id}?variant=thumb`, { cookie: opts.cookie, ...(etag ? { "if-none-match": etag } : {}) }, agent);
      if (status !== (etag ? 304 : 200)) throw new Error(`the image route answered ${status}`);
      times.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  const elapsed = (performance.now() - started) / 1000;
  const cpu = groupCpuMs(opts.pgid) - cpu0;
  agent.destroy();
  times.sort((a, b) => a - b);
  return { perSecond: times.length / elapsed, p95Ms: times[Math.ceil(times.length * 0.95) - 1] ?? NaN, cpuMsPerRequest: cpu / times.length };
}

/** One GET on a kept-alive connection of `agent`, the body read to the end; its status. */
function get(url: string, headers: Record<string, string>, agent: http.Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers, agent }, (res) => {
        res.on("data", () => {});
        res.on("end", () => resolve(res.statusCode ?? 0));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

/** Each thumbnail's ETag, read once. */
export async function thumbnailEtags(url: string, cookie: string, ids: string[]): Promise<Map<string, string>> {
  const tags = new Map<string, string>();
  for (const id of ids) {
    const res = await fetch(`${url}/api/images/${id}?variant=thumb`, { headers: { cookie } });
    await res.arrayBuffer();
    tags.set(id, res.headers.get("etag") ?? "");
  }
  return tags;
}
