// POST /api/edits under hostile use: the door is passed before the body is read, an oversize
// body is refused by its length or while it streams, and what gets through is the same edit
// the form makes. As in app/security.test.ts only the cookie → person step is replaced.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { who } from "@/lib/testing/signed-in";
import type { SignedIn } from "@/lib/auth/session";
import { toEditFormData } from "@/lib/edits/edit-form";
import { mask, png } from "@/lib/edits/test-images";
import { join, makePerson, makeTeam } from "@/lib/testing/people";

vi.hoisted(() => void (process.env.FRESCO_MAX_UPLOAD_MB = "1")); // small, so a test streams little
vi.mock("@/lib/auth/session", () => import("@/lib/testing/signed-in"));
// The queue is the runner's business; here nothing runs.
vi.mock("@/lib/jobs/runner", () => ({ enqueueGeneration: () => {} }));

const { POST } = await import("./route");

let owner: SignedIn, viewer: SignedIn;
beforeAll(async () => {
  owner = await makePerson("Uma");
  const teamId = await makeTeam(owner, "Uploads");
  viewer = await makePerson("Vic");
  await join(viewer, teamId, "viewer");
});

/** A multipart body of `size` bytes of one file, handed out 64 KB per read, counting the reads. */
function streamedUpload(size: number) {
  const seen = { pulls: 0 };
  const chunk = new Uint8Array(64 * 1024);
  let left = Math.ceil(size / chunk.length);
  const head = new TextEncoder().encode('--b\r\nContent-Disposition: form-data; name="file0"; filename="big.png"\r\n\r\n');
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        seen.pulls++;
        if (seen.pulls === 1) controller.enqueue(head);
        else if (left-- > 0) controller.enqueue(chunk);
        else controller.close();
      },
    },
    { highWaterMark: 0 }, // nothing is read ahead: a pull is a read by the route
  );
  return { body, seen };
}

async function call(body: BodyInit, headers: Record<string, string> = {}) {
  const request = new Request("http://localhost/api/edits", { method: "POST", body, headers, duplex: "half" } as RequestInit);
  const res = await POST(request, { params: Promise.resolve({}) });
  return { status: res.status, body: (await res.json()) as { error?: string; generations?: { kind: string }[] } };
}
const multipart = { "content-type": "multipart/form-data; boundary=b" };

describe("POST /api/edits", () => {
  it("answers a signed-out request 401 without reading its body", async () => {
    who.current = null;
    const { body, seen } = streamedUpload(190 * 1024 * 1024);
    expect(await call(body, { ...multipart, "content-length": String(190 * 1024 * 1024) })).toEqual({
      status: 401,
      body: { error: "Your session has ended. Sign in again to continue." },
    });
    expect(seen.pulls).toBe(0);
  });

  it("answers a viewer 403 without reading the body", async () => {
    who.current = viewer;
    const { body, seen } = streamedUpload(4 * 1024 * 1024);
    expect((await call(body, multipart)).status).toBe(403);
    expect(seen.pulls).toBe(0);
  });

  it("refuses a post from another site's page 403, without reading the body", async () => {
    who.current = owner;
    const { body, seen } = streamedUpload(4 * 1024 * 1024);
    const answer = await call(body, { ...multipart, origin: "https://evil.example", host: "localhost" });
    expect(answer).toEqual({
      status: 403,
      body: { error: "This request came from another site (https://evil.example), so Fresco did not run it. Open Fresco at its own address and try again." },
    });
    expect(seen.pulls).toBe(0);
  });

  it("refuses a Content-Length over the limit with 413 and a sentence, reading nothing", async () => {
    who.current = owner;
    const { body, seen } = streamedUpload(500 * 1024 * 1024);
    expect(await call(body, { ...multipart, "content-length": String(500 * 1024 * 1024) })).toEqual({
      status: 413,
      body: { error: "This edit is 500 MB; one edit may send at most 1 MB, all images and the mask together." },
    });
    expect(seen.pulls).toBe(0);
  });

  it("stops reading a chunked body once it passes the limit, and answers 413", async () => {
    who.current = owner;
    const { body, seen } = streamedUpload(190 * 1024 * 1024);
    const answer = await call(body, multipart);
    expect(answer).toEqual({ status: 413, body: { error: "This edit is over 1 MB; one edit may send at most 1 MB, all images and the mask together." } });
    expect(seen.pulls).toBeLessThanOrEqual(1 + 17); // the head, then 1 MB of 64 KB chunks and the one that passed it
  });

  it("queues the edit a form sends, and answers a bad file with the same sentence as before", async () => {
    who.current = owner;
    const ok = toEditFormData({
      params: { prompt: "a red kite", quality: "low" },
      images: [new File([new Uint8Array(await png(64, 48))], "photo.png", { type: "image/png" })],
      mask: new File([new Uint8Array(await mask(64, 48, { x: 4, y: 4, w: 8, h: 8 }))], "mask.png", { type: "image/png" }),
      idempotencyKey: crypto.randomUUID(),
    });
    const queued = await call(ok);
    expect(queued.status).toBe(200);
    expect(queued.body.generations).toMatchObject([{ kind: "edit", prompt: "a red kite", inputs: [{ role: "image" }, { role: "mask" }] }]);

    const html = toEditFormData({ params: { prompt: "x" }, images: [new File(["<html></html>"], "photo.png")], idempotencyKey: crypto.randomUUID() });
    expect(await call(html)).toEqual({ status: 400, body: { error: "photo.png is not a PNG, JPEG or WebP image (its content says otherwise)." } });
    const noPrompt = toEditFormData({ params: { prompt: "" }, images: [{ imageId: "x" }], idempotencyKey: crypto.randomUUID() });
    expect(await call(noPrompt)).toEqual({ status: 400, body: { error: "Write a prompt describing the image." } });
  });
});
