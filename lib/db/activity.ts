// The team's activity feed: one append-only table. A row "concerns" a person when it is about
// them (targetId: their image was decided or commented on, or they were mentioned) and someone
// else did it; for owners and admins, a submission for review concerns them too. Unread is
// what concerns you after your last look at the feed (or after you joined, before the first).
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ACTIVITY_KINDS, personName, type ActivityKind, type ActivityView } from "@/lib/views/review";
import { prisma } from "./client";
import { NEWEST_FIRST, olderThan, type PageKey } from "./keyset";
import { NOT_FOUND } from "./teams";
import { AppError } from "@/lib/errors";

type Db = Prisma.TransactionClient | typeof prisma;

export interface NewActivity {
  teamId: string;
  kind: ActivityKind;
  actorId: string | null;
  targetId?: string | null;
  imageId?: string | null;
  commentId?: string | null;
  data?: Prisma.InputJsonValue;
}

export async function recordActivity(db: Db, rows: NewActivity[]): Promise<void> {
  if (rows.length) await db.activity.createMany({ data: rows.map((r) => ({ ...r, targetId: r.targetId ?? null })) });
}

/**
 * A finished generation joins the feed under its first image (nobody else is concerned). Called
 * after its images are committed, and never throws: a missing feed line must not make the
 * caller undo stored work.
 */
export async function recordGenerated(generationId: string): Promise<void> {
  await generatedRow(generationId).catch((err) => console.error("[activity] generated", generationId, err));
}

async function generatedRow(generationId: string): Promise<void> {
  const g = await prisma.generation.findUnique({
    where: { id: generationId },
    select: { teamId: true, createdById: true, images: { select: { id: true }, orderBy: { index: "asc" }, take: 1 } },
  });
  const first = g?.images[0];
  if (g && first) await recordActivity(prisma, [{ teamId: g.teamId, kind: "generated", actorId: g.createdById, imageId: first.id }]);
}

export interface Viewer {
  teamId: string;
  userId: string;
  /** Owners and admins: submissions for review concern them. */
  canDecide: boolean;
}

/** Someone else did it (or nobody: a budget warning). */
const notBy = (userId: string): Prisma.ActivityWhereInput => ({ OR: [{ actorId: null }, { actorId: { not: userId } }] });

/**
 * The ids of the newest `take` rows that concern the person, after the cursor, newest first: one
 * seek per reason a row concerns them (it targets them; for owners and admins, a submission),
 * each on its own index from the cursor down and stopped at `take`, as unreadCount does; their
 * union holds the page. (One query with an OR of the reasons walks the team's whole feed from
 * the cursor for a person few rows concern.) Ties in time go by id, as NEWEST_FIRST orders.
 */
async function concerningIds(v: Viewer, before: PageKey | undefined, take: number): Promise<string[]> {
  const reasons: Prisma.ActivityWhereInput[] = [{ targetId: v.userId }, ...(v.canDecide ? [{ kind: "submitted" }] : [])];
  const pages = await Promise.all(
    reasons.map((reason) =>
      prisma.activity.findMany({ where: { teamId: v.teamId, ...reason, AND: [notBy(v.userId), olderThan(before)] }, orderBy: NEWEST_FIRST, take, select: { id: true, createdAt: true } }),
    ),
  );
  const rows = [...new Map(pages.flat().map((r) => [r.id, r])).values()];
  rows.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  return rows.slice(0, take).map((r) => r.id);
}

async function seenSince(v: Viewer): Promise<Date> {
  const m = await prisma.membership.findUnique({ where: { teamId_userId: { teamId: v.teamId, userId: v.userId } }, select: { activitySeenAt: true, createdAt: true } });
  if (!m) throw new AppError("NOT_FOUND", NOT_FOUND);
  return m.activitySeenAt ?? m.createdAt;
}

export const UNREAD_CAP = 99;

/** How many rows concern the person since their last look, up to UNREAD_CAP + 1 ("99+"). */
export async function unreadCount(v: Viewer): Promise<number> {
  const since = await seenSince(v);
  // One index seek per reason a row concerns the person (it targets them; for owners and
  // admins, a submission), each stopped at the cap: the top bar reads at most a hundred or so
  // rows on every page, however long the feed or the time since the last look. (One query with
  // an OR of the two would walk every row of the team since then.)
  const recent = { teamId: v.teamId, createdAt: { gt: since }, ...notBy(v.userId) };
  const reads = [prisma.activity.findMany({ where: { ...recent, targetId: v.userId }, select: { id: true }, take: UNREAD_CAP + 1 })];
  if (v.canDecide) reads.push(prisma.activity.findMany({ where: { ...recent, kind: "submitted" }, select: { id: true }, take: UNREAD_CAP + 1 }));
  const ids = new Set((await Promise.all(reads)).flat().map((r) => r.id));
  return Math.min(ids.size, UNREAD_CAP + 1);
}

export async function markActivitySeen(opts: { teamId: string; userId: string; at: Date }): Promise<void> {
  // Never backwards: an older tab marking what it saw leaves a newer look in place.
  await prisma.membership.updateMany({
    where: { teamId: opts.teamId, userId: opts.userId, OR: [{ activitySeenAt: null }, { activitySeenAt: { lt: opts.at } }] },
    data: { activitySeenAt: opts.at },
  });
}

export const FEED_PAGE = 50;

/** Where the next page starts: the last row's time and id, so rows of the same instant are not skipped. */
export function parseCursor(value: unknown): { at: Date; id: string } | undefined {
  if (typeof value !== "string" || value.length > 100) return undefined;
  const [iso, id] = value.split("_");
  const at = new Date(iso ?? "");
  return id && !Number.isNaN(at.getTime()) ? { at, id } : undefined;
}

/** The feed, newest first; `forMe` keeps what concerns the person; `before` (a cursor) pages on. */
export async function listActivity(v: Viewer & { forMe: boolean; before?: PageKey; take?: number }): Promise<{ items: ActivityView[]; next: string | null }> {
  const take = v.take ?? FEED_PAGE;
  const select = {
    id: true, kind: true, createdAt: true, actorId: true, targetId: true, data: true,
    actor: { select: { name: true, email: true } },
    image: { select: { id: true, generationId: true, generation: { select: { prompt: true } } } },
    comment: { select: { body: true, deletedAt: true } },
  } satisfies Prisma.ActivitySelect;
  // The whole feed: a seek to the cursor at any depth (lib/db/keyset.ts). What concerns the
  // person: the page's ids, found by their own seeks, then their rows by id, put in that order.
  const ids = v.forMe ? await concerningIds(v, v.before, take + 1) : [];
  const [since, rows] = await Promise.all([
    seenSince(v),
    v.forMe
      ? prisma.activity.findMany({ where: { teamId: v.teamId, id: { in: ids } }, select }).then((found) => found.sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id)))
      : prisma.activity.findMany({ where: { teamId: v.teamId, ...olderThan(v.before) }, orderBy: NEWEST_FIRST, take: take + 1, select }),
  ]);
  const page = rows.slice(0, take);
  const items = page.map((r): ActivityView => {
    const mine = r.actorId !== v.userId && (r.targetId === v.userId || (v.canDecide && r.kind === "submitted"));
    const reason = (r.data as { reason?: unknown } | null)?.reason;
    return {
      id: r.id,
      kind: (ACTIVITY_KINDS as readonly string[]).includes(r.kind) ? (r.kind as ActivityKind) : "generated",
      actor: r.actor ? personName(r.actor) : null,
      at: r.createdAt.toISOString(),
      image: r.image ? { id: r.image.id, generationId: r.image.generationId, prompt: r.image.generation.prompt } : null,
      excerpt: typeof reason === "string" ? reason : r.comment && !r.comment.deletedAt ? excerpt(r.comment.body) : null,
      unread: mine && r.createdAt > since,
    };
  });
  const last = page.at(-1);
  return { items, next: rows.length > take && last ? `${last.createdAt.toISOString()}_${last.id}` : null };
}

const excerpt = (body: string) => (body.length > 140 ? `${body.slice(0, 139)}…` : body);
