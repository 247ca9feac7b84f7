// Comments on a team's images: threads one level deep, optional pins, @mentions of team
// members. Writing a comment records its activity (and one "mentioned" row per person it
// names) in the same transaction; those rows are also how a later edit knows who was told.
import "server-only";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { mentionedMembers } from "@/lib/views/mentions";
import { personName, pinSchema, type CommentView, type Pin, type RegionPin, isRegion } from "@/lib/views/review";
import { recordActivity, type NewActivity } from "./activity";
import { prisma } from "./client";
import { NOT_FOUND } from "./teams";

type Tx = Prisma.TransactionClient;

export const COMMENT_NOT_FOUND = "Not found: that comment may have been deleted.";
export const NOT_YOUR_COMMENT = "Only its author can edit a comment.";
export const CANNOT_DELETE = "Only its author, an admin or an owner can delete a comment.";

export async function listComments(opts: { teamId: string; imageId: string }): Promise<CommentView[]> {
  const rows = await prisma.comment.findMany({
    where: { teamId: opts.teamId, imageId: opts.imageId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 1000,
    select: { id: true, parentId: true, body: true, pin: true, createdAt: true, editedAt: true, deletedAt: true, author: { select: { id: true, name: true, email: true } } },
  });
  let marker = 0;
  const views = new Map<string, CommentView>();
  const top: CommentView[] = [];
  for (const r of rows) {
    const pin = r.pin && !r.deletedAt ? pinSchema.safeParse(r.pin).data ?? null : null;
    const view: CommentView = {
      id: r.id,
      parentId: r.parentId,
      author: r.author ? { id: r.author.id, name: personName(r.author) } : null,
      body: r.deletedAt ? "" : r.body,
      pin,
      marker: pin && !r.parentId ? ++marker : null,
      createdAt: r.createdAt.toISOString(),
      editedAt: r.editedAt?.toISOString() ?? null,
      deleted: Boolean(r.deletedAt),
      replies: [],
    };
    views.set(r.id, view);
    if (!r.parentId) top.push(view);
    else views.get(r.parentId)?.replies.push(view);
  }
  return top;
}

export async function addComment(opts: { teamId: string; imageId: string; authorId: string; body: string; parentId?: string | null; pin?: Pin | null }) {
  return prisma.$transaction(async (tx) => {
    const image = await tx.image.findFirst({ where: { id: opts.imageId, generation: { teamId: opts.teamId } }, select: { generation: { select: { createdById: true } } } });
    if (!image) throw new AppError("NOT_FOUND", NOT_FOUND);
    let parentId: string | null = null;
    if (opts.parentId) {
      const parent = await tx.comment.findFirst({ where: { id: opts.parentId, teamId: opts.teamId, imageId: opts.imageId }, select: { id: true, parentId: true } });
      if (!parent) throw new AppError("NOT_FOUND", COMMENT_NOT_FOUND);
      // A reply to a reply joins the same thread: threads are one level deep.
      parentId = parent.parentId ?? parent.id;
      if (opts.pin) throw new AppError("INVALID_INPUT", "A reply cannot be pinned: pin a new comment instead.");
    }
    const comment = await tx.comment.create({
      data: { teamId: opts.teamId, imageId: opts.imageId, authorId: opts.authorId, parentId, body: opts.body, pin: opts.pin ?? undefined },
      select: { id: true },
    });
    const authorOfImage = image.generation.createdById;
    await recordActivity(tx, [
      { teamId: opts.teamId, kind: "commented", actorId: opts.authorId, targetId: authorOfImage, imageId: opts.imageId, commentId: comment.id },
      ...(await mentionRows(tx, { ...opts, commentId: comment.id, already: [] })),
    ]);
    return comment;
  });
}

export async function editComment(opts: { teamId: string; commentId: string; actorId: string; body: string; now?: Date }) {
  return prisma.$transaction(async (tx) => {
    const c = await tx.comment.findFirst({ where: { id: opts.commentId, teamId: opts.teamId }, select: { imageId: true, authorId: true, deletedAt: true } });
    if (!c || c.deletedAt) throw new AppError("NOT_FOUND", COMMENT_NOT_FOUND);
    if (c.authorId !== opts.actorId) throw new AppError("FORBIDDEN", NOT_YOUR_COMMENT);
    await tx.comment.update({ where: { id: opts.commentId }, data: { body: opts.body, editedAt: opts.now ?? new Date() } });
    // Only people newly named by the edit are told; the others heard when they were first named.
    const told = await tx.activity.findMany({ where: { teamId: opts.teamId, commentId: opts.commentId, kind: "mentioned" }, select: { targetId: true } });
    const already = told.flatMap((t) => (t.targetId ? [t.targetId] : []));
    await recordActivity(tx, await mentionRows(tx, { teamId: opts.teamId, imageId: c.imageId, authorId: opts.actorId, body: opts.body, commentId: opts.commentId, already }));
    return { id: opts.commentId };
  });
}

/**
 * The author, or anyone who may delete any work, deletes a comment. One with replies stays as
 * "deleted" so the thread still reads; a reply that was the last of a deleted comment's takes
 * its parent with it.
 */
export async function deleteComment(opts: { teamId: string; commentId: string; actorId: string; canDeleteAny: boolean; now?: Date }) {
  return prisma.$transaction(async (tx) => {
    const c = await tx.comment.findFirst({
      where: { id: opts.commentId, teamId: opts.teamId },
      select: { authorId: true, parentId: true, deletedAt: true, _count: { select: { replies: true } } },
    });
    if (!c || c.deletedAt) throw new AppError("NOT_FOUND", COMMENT_NOT_FOUND);
    if (c.authorId !== opts.actorId && !opts.canDeleteAny) throw new AppError("FORBIDDEN", CANNOT_DELETE);
    if (c._count.replies > 0) {
      await tx.comment.update({ where: { id: opts.commentId }, data: { body: "", pin: Prisma.DbNull, deletedAt: opts.now ?? new Date() } });
      return { id: opts.commentId, kept: true };
    }
    await tx.comment.delete({ where: { id: opts.commentId } });
    if (c.parentId) await tx.comment.deleteMany({ where: { id: c.parentId, teamId: opts.teamId, deletedAt: { not: null }, replies: { none: {} } } });
    return { id: opts.commentId, kept: false };
  });
}

/** A region comment's rectangle, for "Use as mask"; null when it is not one of this team's. */
export async function commentRegion(opts: { teamId: string; commentId: string }): Promise<{ imageId: string; region: RegionPin } | null> {
  const c = await prisma.comment.findFirst({ where: { id: opts.commentId, teamId: opts.teamId, deletedAt: null }, select: { imageId: true, pin: true } });
  const pin = c?.pin ? pinSchema.safeParse(c.pin).data : undefined;
  return c && pin && isRegion(pin) ? { imageId: c.imageId, region: pin } : null;
}

async function mentionRows(tx: Tx, o: { teamId: string; imageId: string; authorId: string; body: string; commentId: string; already: string[] }): Promise<NewActivity[]> {
  // Only this team's members can be named: nobody else is ever looked at.
  const members = await tx.membership.findMany({ where: { teamId: o.teamId }, select: { user: { select: { id: true, name: true, email: true } } }, orderBy: { createdAt: "asc" } });
  return mentionedMembers(o.body, members.map((m) => m.user))
    .filter((id) => id !== o.authorId && !o.already.includes(id))
    .map((id) => ({ teamId: o.teamId, kind: "mentioned", actorId: o.authorId, targetId: id, imageId: o.imageId, commentId: o.commentId }));
}
