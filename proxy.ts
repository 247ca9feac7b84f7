// Server-action requests that Next itself would refuse with a bare 500 and a digest, refused
// here with a sentence: one posted from another site's page (403), and one whose body is over
// the action limit (413). Only requests that can be actions reach this (see the matcher);
// uploads go to /api/edits, which it never touches, so their bodies are never copied.
import { NextResponse, type NextRequest } from "next/server";
import { foreignOriginSentence, isForeignOrigin } from "@/lib/actions/same-origin";
import { ACTION_BODY_LIMIT_MB } from "@/lib/actions/server-actions.mjs";

const LIMIT_BYTES = ACTION_BODY_LIMIT_MB * 1024 * 1024; // Next reads "2mb" as 2 × 1024 × 1024

export async function proxy(request: NextRequest): Promise<Response> {
  if (request.method !== "POST") return NextResponse.next();
  return foreignOrigin(request.headers) ?? (await oversize(request)) ?? NextResponse.next();
}

// Next's client shows the text of a failed action's text/plain answer as the error's message.
const refuse = (status: number, sentence: string) => new Response(sentence, { status, headers: { "content-type": "text/plain" } });

function foreignOrigin(headers: Headers): Response | null {
  return isForeignOrigin(headers) ? refuse(403, foreignOriginSentence(headers)) : null;
}

async function oversize(request: NextRequest): Promise<Response | null> {
  const sentence = `This request is over ${ACTION_BODY_LIMIT_MB} MB, the most an action takes. Images for an edit go through the edit page.`;
  const declared = request.headers.get("content-length");
  if (declared !== null) return Number(declared) > LIMIT_BYTES ? refuse(413, sentence) : null;
  if (!request.body) return null;
  // A chunked body has no length: count it. Next hands the proxy a copy of the body (at most
  // 10 MB, `proxyClientMaxBodySize`) and keeps the original for the action.
  const reader = request.body.getReader();
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) size += chunk.value.byteLength;
  return size > LIMIT_BYTES ? refuse(413, sentence) : null;
}

export const config = {
  matcher: [
    // Actions called from the page (fetch), and forms posted without JavaScript; never /api.
    { source: "/((?!api/|_next/).*)", has: [{ type: "header", key: "next-action" }] },
    {
      source: "/((?!api/|_next/).*)",
      has: [{ type: "header", key: "content-type", value: "(multipart/form-data|application/x-www-form-urlencoded).*" }],
    },
  ],
};
