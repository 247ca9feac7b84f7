// Bearer keys (docs/images-api.md §7.2): any non-empty token, or exactly the pinned one when a key is configured.
import type { IncomingMessage } from "node:http";
import { type ApiError, errors } from "./errors";

function masked(token: string): string {
  return token.length <= 8 ? "****" : `${token.slice(0, 3)}****${token.slice(-4)}`;
}

/** The error to answer with, or undefined when the key is accepted. */
export function checkAuth(req: IncomingMessage, pinnedKey?: string): ApiError | undefined {
  const header = req.headers.authorization ?? "";
  const match = /^Bearer\s+(.*)$/i.exec(header.trim());
  const token = match?.[1]?.trim() ?? "";
  if (!token) return errors.invalidApiKey();
  if (pinnedKey !== undefined && token !== pinnedKey) {
    return errors.invalidApiKey(
      `Incorrect API key provided: ${masked(token)}. You can find your API key at https://platform.openai.com/account/api-keys.`,
    );
  }
  return undefined;
}
