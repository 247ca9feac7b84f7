// "Copy as curl": the exact request Fresco makes for these parameters, with the key redacted.
import { generationBodies } from "./request-body";
import type { GenerateParams } from "./schemas";

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export function generationCurl(params: GenerateParams, baseURL: string): string {
  const { json, stream } = generationBodies(params);
  const body = params.stream ? stream : { ...json, stream: false };
  const lines = [
    `curl ${quote(`${baseURL.replace(/\/$/, "")}/images/generations`)} \\`,
    `  -H "Authorization: Bearer $OPENAI_API_KEY" \\`,
    `  -H "Content-Type: application/json" \\`,
    ...(params.stream ? [`  -N \\`] : []),
    `  -d ${quote(JSON.stringify(body, null, 2))}`,
  ];
  if (params.stream && params.n > 1) {
    lines.unshift(`# Streaming returns one image per call: Fresco sends this request ${params.n} times.`);
  }
  return lines.join("\n");
}
