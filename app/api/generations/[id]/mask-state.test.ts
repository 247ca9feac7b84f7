// An edit's mask as drawn travels with the edit (POST /api/edits), is stored, and comes back in
// the generation's JSON for its own team only. Only the cookie → person step is replaced.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { who } from "@/lib/testing/signed-in";
import type { SignedIn } from "@/lib/auth/session";
import { serializeMask } from "@/lib/canvas/mask-state";
import { blank, drag } from "@/lib/canvas/test-helpers";
import { toEditFormData, type EditFormInput } from "@/lib/edits/edit-form";
import { mask, png } from "@/lib/edits/test-images";
import { makePerson, makeTeam } from "@/lib/testing/people";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/signed-in"));
// The queue is the runner's business; here nothing runs.
vi.mock("@/lib/jobs/runner", () => ({ enqueueGeneration: () => {} }));

const { POST } = await import("@/app/api/edits/route");
const { GET } = await import("./route");

let ann: SignedIn, bea: SignedIn;
beforeAll(async () => {
  ann = await makePerson("Ann");
  await makeTeam(ann, "Ann's team");
  bea = await makePerson("Bea");
  await makeTeam(bea, "Bea's team");
});

// Drawn at the base's size: a feathered rectangle and a brush stroke.
let drawn = drag(blank(300, 200), { tool: "rect", size: 0, feather: 4 }, [[10, 10], [60, 60]]);
drawn = drag(drawn, { tool: "brush", size: 12, feather: 0 }, [[100, 100], [150, 120], [200, 110]]);
const state = serializeMask(drawn);

async function postEdit(extra: Partial<EditFormInput>) {
  const file = (name: string, bytes: Buffer) => new File([new Uint8Array(bytes)], name, { type: "image/png" });
  const form = toEditFormData({
    params: { prompt: "add a red balloon", quality: "low" },
    images: [file("photo.png", await png(300, 200))],
    mask: file("mask.png", await mask(300, 200, { x: 10, y: 10, w: 50, h: 50 })),
    idempotencyKey: crypto.randomUUID(),
    ...extra,
  });
  const res = await POST(new Request("http://localhost/api/edits", { method: "POST", body: form }), { params: Promise.resolve({}) });
  return { status: res.status, body: (await res.json()) as { error?: string; generations?: { id: string }[] } };
}

async function getGeneration(id: string) {
  const res = await GET(new Request(`http://localhost/api/generations/${id}`), { params: Promise.resolve({ id }) });
  return { status: res.status, body: (await res.json()) as { maskState?: unknown; error?: string } };
}

describe("an edit's mask state", () => {
  it("is stored with the edit and returned with its generation, for its team only", async () => {
    who.current = ann;
    const posted = await postEdit({ maskState: state });
    expect(posted.status).toBe(200);
    const id = posted.body.generations![0]!.id;

    const own = await getGeneration(id);
    expect(own.status).toBe(200);
    expect(own.body.maskState).toEqual(state);

    who.current = bea;
    expect(await getGeneration(id)).toEqual({ status: 404, body: { error: "Not found." } });
  });

  it("is null for an edit sent without one", async () => {
    who.current = ann;
    const posted = await postEdit({});
    expect((await getGeneration(posted.body.generations![0]!.id)).body.maskState).toBeNull();
  });

  it("is refused with a sentence when it is not a mask", async () => {
    who.current = ann;
    const bad = { ...state, shapes: [{ tool: "spray", points: [1, 2] }] } as unknown as typeof state;
    const posted = await postEdit({ maskState: bad });
    expect(posted.status).toBe(400);
    expect(posted.body.error).toBe("A mask shape's tool must be brush, eraser, rect, lasso, fill, clear, invert or bitmap.");
  });
});
