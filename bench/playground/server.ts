// The baseline for bench/speed.ts: a bare image playground the way the popular open-source
// ones work. One page, one route: the route calls the Images API through the official SDK and
// returns the images as base64 JSON; the page shows them as data URLs. No accounts, no
// database, no files, no thumbnails: the least a server can do to put a generated image on screen.
// `npx tsx bench/playground/server.ts --port 3764 --provider http://127.0.0.1:3762/v1`
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import OpenAI from "openai";
import { PLAYGROUND_PAGE } from "./page";

const { values } = parseArgs({ options: { port: { type: "string", default: "3764" }, provider: { type: "string" } } });
if (!values.provider) throw new Error("--provider <base URL of an Images API> is required");
const client = new OpenAI({ apiKey: "playground", baseURL: values.provider, maxRetries: 0 });

async function readJson(req: import("node:http").IncomingMessage): Promise<{ prompt?: unknown; n?: unknown }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

const server = createServer(async (req, res) => {
  try {
    if (req.method === "GET" && req.url === "/") {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(PLAYGROUND_PAGE);
    } else if (req.method === "POST" && req.url === "/api/generate") {
      const body = await readJson(req);
      const prompt = typeof body.prompt === "string" ? body.prompt.slice(0, 4000) : "";
      const n = Math.min(4, Math.max(1, Number(body.n) || 1));
      const result = await client.images.generate({ model: "gpt-image-1-mini", prompt, n, size: "1024x1024", quality: "low", output_format: "png" });
      const images = (result.data ?? []).map((d) => d.b64_json);
      res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ images }));
    } else {
      res.writeHead(404).end();
    }
  } catch (err) {
    res.writeHead(500, { "Content-Type": "application/json" }).end(JSON.stringify({ error: String(err) }));
  }
});
server.listen(Number(values.port), "127.0.0.1", () => console.log(`[playground] http://127.0.0.1:${values.port}`));
