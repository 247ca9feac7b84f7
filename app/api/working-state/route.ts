// POST /api/working-state: the studio's unsent work, saved as the person works (the prompt
// panel's draft, or the edit page's base, references, mask, prompt and options). A route rather
// than a server action: a drawn mask with imported bitmaps is over the 2 MB action limit, the
// door is passed before a byte is read, and a tab being closed can still send it (keepalive).
import { foreignOriginSentence, isForeignOrigin } from "@/lib/actions/same-origin";
import { withTeam } from "@/lib/auth/route";
import { saveWorkingState } from "@/lib/db/working-state";
import { AppError } from "@/lib/errors";
import { parseWorkingStateSave, WORKING_STATE_MAX_BYTES } from "@/lib/views/working-state";

const MB = 1024 * 1024;
const tooLarge = () => new AppError("TOO_LARGE", `The work to save is over ${WORKING_STATE_MAX_BYTES / MB} MB: remove an imported mask or some of the drawing.`);

export const POST = withTeam("generate", async (request, { member }) => {
  if (isForeignOrigin(request.headers)) return Response.json({ error: foreignOriginSentence(request.headers) }, { status: 403 });
  const json = parseJson(await readCapped(request, WORKING_STATE_MAX_BYTES));
  let save;
  try {
    save = parseWorkingStateSave(json);
  } catch (err) {
    throw new AppError("INVALID_INPUT", (err as Error).message);
  }
  // Foreign or missing image ids are dropped here without a word: they restore nothing.
  await saveWorkingState({ teamId: member.team.id, userId: member.user.id }, save);
  return new Response(null, { status: 204 });
});

/** The body as text, refused by its declared length, then by counting as it streams. */
async function readCapped(request: Request, max: number): Promise<string> {
  if (Number(request.headers.get("content-length")) > max) throw tooLarge();
  if (!request.body) throw new AppError("INVALID_INPUT", "Nothing was sent to save.");
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("INVALID_INPUT", "The work to save is not JSON. Reload the page to keep saving.");
  }
}
