// Request bodies under hostile use (issue 8, items 4, 5 and 12): four anonymous 190 MB edit
// posts at once, one signed-in edit of sixteen 7999×8000 PNGs (a decompression bomb each),
// one 7999×8000 base with its mask (within the budget: decoded shrunk), and server actions
// from another site or over the action body limit. Prints statuses, times and the
// next-server's RSS (VmRSS, sampled every 50 ms).
//   npx tsx --conditions=react-server bench/probe-uploads.ts      (after `npx next build`)
import { readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import sharp from "sharp";
import { launchBrowser } from "./browser";
import { startBenchServer } from "./server";
import { signUpForBench } from "./sign-up";
import { rssMb } from "./process-stats";

export interface ProbeUploadsOptions {
  port?: number;
  dataDir?: string;
  /** Anonymous posts sent at once, and the size of each. */
  anonymousPosts?: number;
  anonymousMb?: number;
  /** 7999×8000 PNGs in the signed-in edit. */
  bombs?: number;
}

const MB = 1024 * 1024;

export async function probeUploads(opts: ProbeUploadsOptions = {}) {
  const { port = 3310, dataDir = "/tmp/fresco/uploads", anonymousPosts = 4, anonymousMb = 190, bombs = 16 } = opts;
  const server = await startBenchServer({ port, emulatorPort: port + 1000, latencyMs: 150, dataDir });
  try {
    const pid = nextServerPid(server.pid);
    const cookie = await signIn(server.url);
    const edits = `${server.url}/api/edits`;
    const bomb = await sharp({ create: { width: 7999, height: 8000, channels: 3, background: "#8a6" } }).png().toBuffer();
    const bombMask = await sharp({ create: { width: 7999, height: 8000, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const small = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#357" } }).png().toBuffer();
    // Warm-up: the route's code loaded once, signed in and not.
    await postForm(edits, cookie, [small]);
    await streamPost(edits, MB, { "content-type": "multipart/form-data; boundary=x" });

    const anonymous = await measure(pid, () =>
      Promise.all(Array.from({ length: anonymousPosts }, () => streamPost(edits, anonymousMb * MB, { "content-type": "multipart/form-data; boundary=x" }))),
    );
    const sixteen = await measure(pid, () => postForm(edits, cookie, Array(bombs).fill(bomb)));
    const withMask = await measure(pid, () => postForm(edits, cookie, [bomb], bombMask));

    const action = { "next-action": "7f0000000000000000000000000000000000000000", "content-type": "text/plain;charset=UTF-8" };
    const foreign = await streamPost(`${server.url}/studio`, 2, { ...action, origin: "https://evil.example", cookie });
    const longAction = await streamPost(`${server.url}/studio`, 50 * MB, { ...action, cookie });
    const chunkedAction = await streamPost(`${server.url}/studio`, 50 * MB, { ...action, cookie }, { chunked: true });

    const line = (label: string, text: string) => console.log(`  ${label.padEnd(38)}${text}`);
    console.log(`\nUploads under hostile use (next-server RSS ${anonymous.rssBefore} MB at the start)`);
    line(`${anonymousPosts} anonymous ${anonymousMb} MB posts at once`, `${anonymous.result.map((r) => r.status).join(" ")}   answered in ${anonymous.result.map((r) => `${Math.round(r.answeredMs)} ms`).join(", ")}`);
    line("", `the clients sent ${anonymous.result.map((r) => `${r.sentMb} MB in ${Math.round(r.doneMs)} ms`).join(", ")}`);
    line("", `RSS growth peak ${anonymous.peakGrowth} MB, after ${anonymous.afterGrowth} MB   (target: < 100 MB)`);
    line(`signed-in edit, ${bombs} × 7999×8000 PNG`, `${sixteen.result.status} in ${Math.round(sixteen.ms)} ms, RSS growth peak ${sixteen.peakGrowth} MB   (target: ≤ 3 s, ≤ 500 MB)`);
    line("", `“${sixteen.result.error ?? "queued"}”`);
    line("signed-in edit, 7999×8000 base + mask", `${withMask.result.status} in ${Math.round(withMask.ms)} ms, RSS growth peak ${withMask.peakGrowth} MB, stored ${withMask.result.stored ?? "-"}`);
    line("action from another site", `${foreign.status}  “${foreign.text}”`);
    line("action with a 50 MB Content-Length", `${longAction.status}  “${longAction.text}”`);
    line("action with a 50 MB chunked body", `${chunkedAction.status}  “${chunkedAction.text}”`);
    return { anonymous, sixteen, withMask, foreign, longAction, chunkedAction };
  } finally {
    await server.stop();
  }
}

async function signIn(url: string): Promise<string> {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    await signUpForBench(await context.newPage(), url);
    return (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  } finally {
    await browser.close();
  }
}

/** Runs `work` while sampling the server's RSS every 50 ms; growth is against the start. */
async function measure<T>(pid: number, work: () => Promise<T>) {
  const rssBefore = rssMb(pid);
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 50);
  const started = performance.now();
  try {
    const result = await work();
    const ms = performance.now() - started;
    await new Promise((r) => setTimeout(r, 2000)); // what stays once the server has settled
    return { result, ms, rssBefore, peakGrowth: peak - rssBefore, afterGrowth: rssMb(pid) - rssBefore };
  } finally {
    clearInterval(sampler);
  }
}

/** An edit through the route as the browser sends it: images (the first is the base), a mask. */
async function postForm(url: string, cookie: string, images: Buffer[], mask?: Buffer) {
  const form = new FormData();
  form.set("params", JSON.stringify({ prompt: "a lighthouse", quality: "low" }));
  form.set("slots", JSON.stringify(images.map((_, i) => ({ kind: "upload", field: `file${i}` }))));
  images.forEach((bytes, i) => form.set(`file${i}`, new File([new Uint8Array(bytes)], `big${i}.png`, { type: "image/png" })));
  if (mask) form.set("mask", new File([new Uint8Array(mask)], "mask.png", { type: "image/png" }));
  form.set("idempotencyKey", crypto.randomUUID());
  const res = await fetch(url, { method: "POST", body: form, headers: { cookie } });
  const body = (await res.json().catch(() => ({}))) as { error?: string; generations?: { inputs?: { width: number; height: number }[] }[] };
  const base = body.generations?.[0]?.inputs?.[0];
  return { status: res.status, error: body.error, stored: base ? `${base.width}×${base.height}` : undefined };
}

/**
 * POSTs `bytes` generated bytes (never held in memory at once), with a Content-Length unless
 * `chunked`, and keeps sending after an early answer as a hostile client would. Bounded to 60 s.
 */
function streamPost(url: string, bytes: number, headers: Record<string, string>, opts: { chunked?: boolean } = {}) {
  return new Promise<{ status: number | string; answeredMs: number; doneMs: number; sentMb: number; text: string }>((resolve) => {
    const started = performance.now();
    const req = http.request(url, { method: "POST", headers: opts.chunked ? headers : { ...headers, "content-length": String(bytes) } });
    const result = { status: 0 as number | string, answeredMs: NaN, doneMs: NaN, sentMb: 0, text: "" };
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      Object.assign(result, { doneMs: performance.now() - started, sentMb: Math.round(sent / MB) });
      req.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => ((result.status ||= "timeout"), finish()), 60_000);
    req.on("response", (res) => {
      result.status = res.statusCode ?? 0;
      result.answeredMs = performance.now() - started;
      res.setEncoding("utf8");
      res.on("data", (t: string) => (result.text += t.slice(0, 300)));
      res.on("end", () => (result.text = result.text.slice(0, 160)));
    });
    req.on("error", (err: NodeJS.ErrnoException) => ((result.status ||= err.code ?? "error"), finish()));
    req.on("close", finish);
    const chunk = Buffer.alloc(MB, 0x61);
    let sent = 0;
    const pump = () => {
      while (sent < bytes) {
        const n = Math.min(chunk.length, bytes - sent);
        sent += n;
        if (!req.write(n === chunk.length ? chunk : chunk.subarray(0, n))) return void req.once("drain", pump);
      }
      req.end();
    };
    pump();
  });
}

/** The next-server in the bench server's process group (npm → node → next-server). */
function nextServerPid(group: number): number {
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // state, ppid, pgrp, ...
      if (Number(fields[2]) === group && readFileSync(`/proc/${pid}/comm`, "utf8").startsWith("next-server")) return Number(pid);
    } catch {
      // gone, or not ours to read
    }
  }
  throw new Error(`no next-server in process group ${group}`);
}

if (require.main === module) {
  probeUploads().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
