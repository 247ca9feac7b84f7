// The one door for server actions: every exported action is built from this client, so
// validation and error handling happen the same way everywhere.
import "server-only";
import { createSafeActionClient } from "next-safe-action";
import { AppError } from "@/lib/errors";

export const actionClient = createSafeActionClient({
  // The person sees AppError messages; anything else is logged and reported generically,
  // so internals never leak to the browser.
  handleServerError(err) {
    if (err instanceof AppError) return err.message;
    console.error("[action]", err);
    return "Something went wrong on the server. Try again in a moment.";
  },
});
