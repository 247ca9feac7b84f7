// The proxy refuses, with a sentence, the server-action requests Next itself answers with a
// bare 500: from another site's page, or with a body over the action limit.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_MB } from "@/lib/actions/server-actions.mjs";
import { config, proxy } from "./proxy";

const MB = 1024 * 1024;

function action(headers: Record<string, string>, body: BodyInit | null = "[]") {
  return new NextRequest("http://localhost:3000/studio", {
    method: "POST",
    headers: { host: "localhost:3000", "next-action": "7f00aa", "content-type": "text/plain;charset=UTF-8", ...headers },
    body,
    duplex: "half",
  } as ConstructorParameters<typeof NextRequest>[1]);
}

/** What the proxy did: passed the request on to Next, or answered it. */
async function outcome(request: NextRequest) {
  const res = await proxy(request);
  if (res.headers.get("x-middleware-next") === "1") return "passed on";
  return { status: res.status, type: res.headers.get("content-type"), text: await res.text() };
}

/** A chunked body (no Content-Length) of `size` bytes. */
function chunked(size: number) {
  let left = size;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (left <= 0) return controller.close();
      const n = Math.min(left, 256 * 1024);
      left -= n;
      controller.enqueue(new Uint8Array(n));
    },
  });
}

describe("a server action posted from another site", () => {
  it("is refused 403 with a sentence Next's client shows", async () => {
    expect(await outcome(action({ origin: "https://evil.example" }))).toEqual({
      status: 403,
      type: "text/plain",
      text: "This request came from another site (https://evil.example), so Fresco did not run it. Open Fresco at its own address and try again.",
    });
    expect(await outcome(action({ origin: "null" }))).toMatchObject({ status: 403 });
  });

  it("passes on from the app's own page, behind a proxy that sets X-Forwarded-Host, and without an Origin", async () => {
    expect(await outcome(action({ origin: "http://localhost:3000" }))).toBe("passed on");
    expect(await outcome(action({ origin: "https://fresco.example", host: "10.0.0.5:3000", "x-forwarded-host": "fresco.example, 10.0.0.5" }))).toBe("passed on");
    expect(await outcome(action({}))).toBe("passed on");
    // Next compares the forwarded host when there is one, as here.
    expect(await outcome(action({ origin: "http://localhost:3000", "x-forwarded-host": "fresco.example" }))).toMatchObject({ status: 403 });
  });
});

describe("a server action body over the limit", () => {
  const sentence = `This request is over ${ACTION_BODY_LIMIT_MB} MB, the most an action takes. Images for an edit go through the edit page.`;

  it("is refused 413 by its Content-Length", async () => {
    const big = action({ "content-length": String(500 * MB) }, chunked(1));
    expect(await outcome(big)).toEqual({ status: 413, type: "text/plain", text: sentence });
  });

  it("is refused 413 when a chunked body runs over, and passed on when it does not", async () => {
    expect(await outcome(action({}, chunked(ACTION_BODY_LIMIT_MB * MB + 1)))).toEqual({ status: 413, type: "text/plain", text: sentence });
    expect(await outcome(action({}, chunked(ACTION_BODY_LIMIT_MB * MB)))).toBe("passed on");
  });
});

describe("what reaches the proxy", () => {
  const sources = config.matcher.map((m) => new RegExp(`^${m.source}$`)); // plain regular expressions here
  it("never the upload route or Next's own files, so their bodies are never copied", () => {
    for (const path of ["/api/edits", "/api/images/x", "/_next/static/x.js"]) for (const re of sources) expect(re.test(path)).toBe(false);
    for (const path of ["/", "/studio/edit", "/sign-in"]) for (const re of sources) expect(re.test(path)).toBe(true);
    expect(config.matcher.map((m) => m.has[0]?.key)).toEqual(["next-action", "content-type"]);
  });
});
