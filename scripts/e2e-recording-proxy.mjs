// Between the relay e2e server and its provider (the offline server's emulator): passes every
// request and answer through unchanged, streams included, and appends each exchange to a log
// (one JSON line: method, path, headers, both bodies in base64) that e2e/wire.teardown.ts
// holds to OpenAI's specification once the relay tests are done. The key is not logged.
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";

const withoutKey = (headers) => ({ ...headers, authorization: headers.authorization ? "(redacted)" : undefined });

/** Listens on `port` (127.0.0.1), forwards to `target` (an http origin), logs to `log` (emptied first). */
export function startRecordingProxy({ port, target, log }) {
  mkdirSync(path.dirname(log), { recursive: true });
  writeFileSync(log, "");
  const upstream = new URL(target);

  const server = http.createServer((req, res) => {
    const at = new Date().toISOString();
    const sent = [];
    const received = [];
    let recorded = false;
    const record = (extra) => {
      if (recorded) return;
      recorded = true;
      const entry = {
        at,
        method: req.method,
        path: req.url,
        requestHeaders: withoutKey(req.headers),
        requestBody: Buffer.concat(sent).toString("base64"),
        responseBody: Buffer.concat(received).toString("base64"),
        ...extra,
      };
      appendFileSync(log, `${JSON.stringify(entry)}\n`);
    };

    let answer;
    const forward = http.request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...req.headers, host: upstream.host } },
      (upstreamAnswer) => {
        answer = upstreamAnswer;
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.on("data", (chunk) => received.push(chunk));
        answer.on("end", () => record({ status: answer.statusCode, responseHeaders: answer.headers, complete: true }));
        answer.pipe(res);
      },
    );
    // The app gave up (a cancel, a deadline): stop the upstream call too, and log what came.
    res.on("close", () => {
      if (answer?.complete) return;
      record({ status: answer?.statusCode ?? null, responseHeaders: answer?.headers, complete: false });
      forward.destroy();
    });
    forward.on("error", (err) => {
      record({ status: null, complete: false, error: err.message });
      if (!res.headersSent) res.writeHead(502, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: `recording proxy: ${err.message}`, type: "proxy_error", param: null, code: null } }));
    });
    req.on("data", (chunk) => sent.push(chunk));
    req.pipe(forward);
  });

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(Number(port), "127.0.0.1", () => resolve(server));
  });
}
