import { mkdtempSync, readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRecordingProxy } from "./e2e-recording-proxy.mjs";

// A provider that streams two events, the second only once the first has reached the caller.
let release: () => void = () => {};
const provider = http.createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, { "content-type": "text/event-stream", "x-request-id": "req_1" });
    res.write("event: one\ndata: {}\n\n");
    release = () => res.end("event: two\ndata: {}\n\n");
  });
});
const log = path.join(mkdtempSync(path.join(os.tmpdir(), "fresco-proxy-")), "wire.jsonl");
let proxy: http.Server;

beforeAll(async () => {
  await new Promise<void>((resolve) => provider.listen(0, "127.0.0.1", resolve));
  const target = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;
  proxy = await startRecordingProxy({ port: 0, target, log });
});
afterAll(() => {
  proxy.close();
  provider.close();
});

describe("the recording proxy", () => {
  it("passes a stream through as it comes, and logs the whole exchange without the key", async () => {
    const url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/v1/images/generations`;
    const res = await fetch(url, { method: "POST", headers: { authorization: "Bearer sk-secret", "content-type": "application/json" }, body: '{"prompt":"x"}' });
    const reader = res.body!.getReader();
    // The first event arrives while the provider still holds the second back: nothing is buffered.
    expect(new TextDecoder().decode((await reader.read()).value)).toBe("event: one\ndata: {}\n\n");
    release();
    let rest = "";
    for (let r = await reader.read(); !r.done; r = await reader.read()) rest += new TextDecoder().decode(r.value);
    expect(rest).toBe("event: two\ndata: {}\n\n");

    const entries = readFileSync(log, "utf8").trim().split("\n").map((line) => JSON.parse(line));
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry).toMatchObject({ method: "POST", path: "/v1/images/generations", status: 200, complete: true });
    expect(entry.requestHeaders).toMatchObject({ authorization: "(redacted)", "content-type": "application/json" });
    expect(Buffer.from(entry.requestBody, "base64").toString()).toBe('{"prompt":"x"}');
    expect(Buffer.from(entry.responseBody, "base64").toString()).toBe("event: one\ndata: {}\n\nevent: two\ndata: {}\n\n");
    expect(readFileSync(log, "utf8")).not.toContain("sk-secret");
  });
});
