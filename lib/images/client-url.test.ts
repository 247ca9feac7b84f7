// A provider (or a relay in between) that answers with an image link into Fresco's own
// network: the generation fails with a sentence and the link is never opened.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createImagesClient } from "./client";
import { ProviderError } from "./errors";
import { generateParamsSchema } from "./schemas";

let link = "";
let providerCalls = 0;
const internalHits: string[] = [];
const servers: http.Server[] = [];

const listen = (server: http.Server) =>
  new Promise<string>((resolve) => {
    servers.push(server);
    server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });

let baseURL = "";
let internal = "";
beforeAll(async () => {
  // Plays Fresco's own server: what a fetched /api/auth/session would give away.
  internal = await listen(http.createServer((req, res) => (internalHits.push(req.url ?? ""), res.end('{"user":{}}'))));
  const provider = await listen(
    http.createServer((req, res) => {
      providerCalls++;
      req.resume();
      req.on("end", () => {
        res.setHeader("content-type", "application/json");
        res.setHeader("x-request-id", "req_fake_1");
        res.end(JSON.stringify({ created: 1, data: [{ url: link }], usage: { input_tokens: 10, output_tokens: 272, total_tokens: 282 } }));
      });
    }),
  );
  baseURL = `${provider}/v1`;
});
afterAll(() => servers.forEach((s) => s.close()));

async function generateWith(url: string): Promise<ProviderError> {
  link = url;
  providerCalls = 0;
  const client = createImagesClient({ apiKey: "k", baseURL, timeoutMs: 10_000 });
  const err = await client.generate(generateParamsSchema.parse({ prompt: "a cat" })).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ProviderError);
  return err as ProviderError;
}

describe("a provider's image link into a private network", () => {
  it("to Fresco's own server on another port: refused with a sentence, never fetched, not retried", async () => {
    const err = await generateWith(`${internal}/api/auth/session`);
    expect(err.code).toBe("bad_response");
    expect(err.message).toMatch(/^The provider answered with an image link Fresco will not open/);
    expect(err.requestId).toBe("req_fake_1");
    expect(providerCalls).toBe(1);
    expect(internalHits).toEqual([]);
  });

  it("to a cloud metadata address: refused the same way", async () => {
    const err = await generateWith("http://169.254.169.254/latest/meta-data/iam/security-credentials/");
    expect(err.message).toMatch(/Fresco will not open/);
  });
});
