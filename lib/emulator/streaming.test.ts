import OpenAI, { toFile } from "openai";
import { describe, expect, it } from "vitest";
import { b64Of, decode, makePng, pattern, pixelsOf, post, sdk, setupEmulator } from "./test-helpers";

const emulator = setupEmulator();
const model = "gpt-image-1-mini";

interface StreamEvent {
  type: string;
  b64_json?: string;
  partial_image_index?: number;
  size?: string;
  quality?: string;
  background?: string;
  output_format?: string;
  created_at?: number;
  usage?: { output_tokens: number; input_tokens: number; total_tokens: number };
}

async function collect(stream: AsyncIterable<unknown>): Promise<StreamEvent[]> {
  const events: StreamEvent[] = [];
  for await (const event of stream) events.push(event as StreamEvent);
  return events;
}

describe("streaming", () => {
  it("sends partial_images partials with indexes, then completed with usage +100 per partial", async () => {
    const body = { model, prompt: "a night market", quality: "low" as const, size: "1024x1024" as const };
    const events = await collect(await sdk(emulator()).images.generate({ ...body, stream: true, partial_images: 2 }));
    expect(events.map((e) => [e.type, e.partial_image_index])).toEqual([
      ["image_generation.partial_image", 0],
      ["image_generation.partial_image", 1],
      ["image_generation.completed", undefined],
    ]);
    for (const e of events) {
      expect(e).toMatchObject({ size: "1024x1024", quality: "low", background: "opaque", output_format: "png" });
      expect(typeof e.created_at).toBe("number");
      expect(await decode(e.b64_json ?? "")).toMatchObject({ format: "png", width: 1024, height: 1024 });
    }
    const completed = events[2];
    expect(completed?.usage).toMatchObject({ input_tokens: 4, output_tokens: 272 + 200, total_tokens: 4 + 472 });
    expect(events[0]?.b64_json).not.toBe(events[1]?.b64_json);
    // The streamed final image is the same picture as the non-streamed one.
    const plain = await sdk(emulator()).images.generate(body);
    expect((await pixelsOf(completed?.b64_json ?? "")).equals(await pixelsOf(b64Of(plain)))).toBe(true);
  });

  it("streams an edit as image_edit.* events", async () => {
    const image = await toFile(await makePng(512, 512, pattern), "in.png", { type: "image/png" });
    const stream = await sdk(emulator()).images.edit({ model, prompt: "x", image, stream: true, partial_images: 1, quality: "low" });
    const events = await collect(stream);
    expect(events.map((e) => e.type)).toEqual(["image_edit.partial_image", "image_edit.completed"]);
    expect(events[1]?.usage?.output_tokens).toBe(372);
    expect(events[1]?.usage?.input_tokens).toBe(1 + 194);
  });

  it("frames server-sent events exactly: event line, data line, blank line, no [DONE]", async () => {
    const res = await post(emulator(), "/images/generations", JSON.stringify({ model, prompt: "frame", stream: true, partial_images: 1, quality: "low" }), {
      "content-type": "application/json",
    });
    expect(res.headers.get("content-type")).toBe("text/event-stream");
    expect(res.headers.get("x-request-id")).toMatch(/^req_/);
    const text = await res.text();
    expect(text).not.toContain("[DONE]");
    const messages = text.split("\n\n").filter(Boolean);
    expect(messages).toHaveLength(2);
    for (const message of messages) {
      const lines = message.split("\n");
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^event: image_generation\.(partial_image|completed)$/);
      const data = JSON.parse((lines[1] ?? "").replace(/^data: /, "")) as StreamEvent;
      expect(`event: ${data.type}`).toBe(lines[0]);
    }
  });

  it("requires n = 1 when streaming", async () => {
    const err = await sdk(emulator())
      .images.generate({ model, prompt: "x", n: 2, stream: true })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect(err).toMatchObject({ status: 400, code: "invalid_value", param: "n" });
  });

  it("rejects partial_images above 3", async () => {
    const err = await sdk(emulator())
      .images.generate({ model, prompt: "x", stream: true, partial_images: 4 })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 400, code: "integer_above_max_value", param: "partial_images" });
  });
});
