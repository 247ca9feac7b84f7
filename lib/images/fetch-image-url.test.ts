// Downloading a provider's image link: real HTTP servers on 127.0.0.1, one playing the
// configured provider and one playing something internal that must never be reached.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProviderError } from "./errors";
import { fetchImageUrl } from "./fetch-image-url";
import { isPublicAddress } from "./public-address";

const IMAGE = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(1000, 1)]);

function serve(handler: http.RequestListener): Promise<{ origin: string; hits: string[]; close: () => void }> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? "");
    handler(req, res);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits, close: () => server.close() }),
    ),
  );
}

let provider: Awaited<ReturnType<typeof serve>>;
let internal: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  internal = await serve((_, res) => res.end(JSON.stringify({ user: { email: "secret@example.test" } })));
  provider = await serve((req, res) => {
    const path = req.url ?? "/";
    if (path === "/files/a.png") return res.end(IMAGE);
    if (path === "/to-internal") return res.writeHead(302, { location: `${internal.origin}/api/auth/session` }).end();
    if (path === "/to-metadata") return res.writeHead(307, { location: "https://169.254.169.254/latest/meta-data/" }).end();
    if (path === "/to-file") return res.writeHead(301, { location: "/files/a.png" }).end();
    if (path.startsWith("/loop")) return res.writeHead(302, { location: `/loop${path.length}` }).end();
    if (path === "/big") return res.writeHead(200, { "content-length": String(3 * 1024 * 1024) }).end(Buffer.alloc(3 * 1024 * 1024));
    if (path === "/big-chunked") {
      // No length announced: the cap must be counted while reading.
      res.writeHead(200);
      for (let i = 0; i < 3; i++) res.write(Buffer.alloc(1024 * 1024));
      return res.end();
    }
    if (path === "/stall") return; // never answers
    res.writeHead(404).end();
  });
});
afterAll(() => {
  provider.close();
  internal.close();
});

const policy = () => ({ providerOrigin: provider.origin, maxBytes: 2 * 1024 * 1024, timeoutMs: 5_000 });
const get = (url: string, extra = {}) => fetchImageUrl(url, new AbortController().signal, { ...policy(), ...extra });

async function refusal(url: string, extra = {}): Promise<ProviderError> {
  const err = await get(url, extra).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ProviderError);
  expect((err as ProviderError).code).toBe("bad_response");
  return err as ProviderError;
}

describe("fetchImageUrl", () => {
  it("downloads from the configured provider's own address, following its redirects (positive control)", async () => {
    expect((await get(`${provider.origin}/files/a.png`)).equals(IMAGE)).toBe(true);
    expect((await get(`${provider.origin}/to-file`)).equals(IMAGE)).toBe(true);
  });

  it("refuses a link to another port on 127.0.0.1 without connecting to it", async () => {
    const err = await refusal(`${internal.origin}/api/auth/session`);
    expect(err.message).toBe("The provider answered with an image link Fresco will not open: it is not https and not on the provider's own address.");
    expect(internal.hits).toEqual([]);
  });

  it.each([
    "https://127.0.0.1:9/x",
    "https://10.1.2.3/x",
    "https://172.16.0.1/x",
    "https://192.168.1.1/x",
    "https://169.254.169.254/latest/meta-data/",
    "https://100.64.0.1/x",
    "https://0.0.0.0/x",
    "https://[::1]/x",
    "https://[fd00::1]/x",
    "https://[fe80::1]/x",
    "https://[::ffff:127.0.0.1]/x",
    "https://[::ffff:a9fe:a9fe]/x",
  ])("refuses %s, a private or local address", async (url) => {
    expect((await refusal(url)).message).toMatch(/private or local network address/);
  });

  it("refuses a host name that resolves to a local address", async () => {
    const port = new URL(internal.origin).port;
    expect((await refusal(`https://localhost:${port}/api/auth/session`)).message).toMatch(/private or local network address/);
    expect(internal.hits).toEqual([]);
  });

  it("refuses a redirect from the provider into a private address, checking every hop", async () => {
    expect((await refusal(`${provider.origin}/to-internal`)).message).toMatch(/not https/);
    expect((await refusal(`${provider.origin}/to-metadata`)).message).toMatch(/private or local network address/);
    expect(internal.hits).toEqual([]);
  });

  it("stops after three redirects", async () => {
    expect((await refusal(`${provider.origin}/loop`)).message).toMatch(/redirected more than 3 times/);
  });

  it("stops a download larger than the cap, announced or not", async () => {
    expect((await refusal(`${provider.origin}/big`)).message).toMatch(/larger than 2 MB/);
    expect((await refusal(`${provider.origin}/big-chunked`)).message).toMatch(/larger than 2 MB/);
  });

  it("gives up on a download that takes longer than its time limit", async () => {
    expect((await refusal(`${provider.origin}/stall`, { timeoutMs: 300 })).message).toMatch(/did not download within/);
  });

  it("refuses links that are not URLs or not http(s)", async () => {
    await refusal("not a url");
    await refusal("file:///etc/passwd");
  });
});

describe("isPublicAddress", () => {
  it("accepts public addresses and refuses every local or private range", () => {
    for (const ok of ["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111"]) expect(isPublicAddress(ok), ok).toBe(true);
    for (const bad of ["127.0.0.1", "10.0.0.1", "172.31.255.255", "192.168.0.1", "169.254.169.254", "100.100.100.100", "0.0.0.0", "::", "::1", "fc00::1", "fe80::1", "::ffff:8.8.8.8", "::ffff:10.0.0.1", "224.0.0.1", "not-an-ip"]) {
      expect(isPublicAddress(bad), bad).toBe(false);
    }
  });
});
