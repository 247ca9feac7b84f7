// The door for route handlers: the same session, membership and role checks as actions.
import "server-only";
import { AppError } from "@/lib/errors";
import { requireMember, type Member } from "./member";
import type { Permission } from "@/lib/permissions";

type Handler<P> = (request: Request, ctx: { member: Member; params: P }) => Promise<Response>;

const STATUS: Partial<Record<AppError["code"], number>> = {
  INVALID_INPUT: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  TOO_LARGE: 413,
};

export function withTeam<P>(permission: Permission, handler: Handler<P>) {
  return async (request: Request, ctx: { params: Promise<P> }): Promise<Response> => {
    try {
      const member = await requireMember(permission);
      return await handler(request, { member, params: await ctx.params });
    } catch (err) {
      if (err instanceof AppError && STATUS[err.code]) return Response.json({ error: err.message }, { status: STATUS[err.code] });
      throw err;
    }
  };
}

/** The answer for an id that does not exist, or exists in another team: the same, always. */
export function notFound(): Response {
  return Response.json({ error: "Not found." }, { status: 404 });
}
