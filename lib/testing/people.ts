// Test data for security tests: people, teams, and a generation with a real image file.
import sharp from "sharp";
import { prisma } from "@/lib/db/client";
import { createInvite } from "@/lib/db/invites";
import { createTeamWithOwner } from "@/lib/db/teams";
import { createSession } from "@/lib/db/users";
import type { Role } from "@/lib/permissions";
import type { SignedIn } from "@/lib/auth/session";
import { putBlob } from "@/lib/storage/blob-store";
import { makeThumbnail } from "@/lib/storage/thumbnails";

let n = 0;

export async function makePerson(name: string): Promise<SignedIn> {
  n += 1;
  const user = await prisma.user.create({ data: { email: `${name.toLowerCase()}${n}@example.test`, name } });
  const token = await createSession(user.id);
  const session = await prisma.session.findUniqueOrThrow({ where: { sessionToken: token } });
  return { sessionId: session.id, teamId: null, user: { id: user.id, email: user.email, name: user.name } };
}

export async function makeTeam(owner: SignedIn, name: string): Promise<string> {
  const teamId = await createTeamWithOwner(owner.user.id, name);
  await prisma.session.update({ where: { id: owner.sessionId }, data: { teamId } });
  owner.teamId = teamId;
  return teamId;
}

export async function join(person: SignedIn, teamId: string, role: Role): Promise<string> {
  const m = await prisma.membership.create({ data: { teamId, userId: person.user.id, role } });
  await prisma.session.update({ where: { id: person.sessionId }, data: { teamId } });
  person.teamId = teamId;
  return m.id;
}

/**
 * One team with a person in every role (Olga owns it, Ada is an admin, Ari and Ben are members,
 * Vic a viewer) and a stranger who owns a team of their own: the cast of the role tests.
 */
export async function makeCast(strangerName = "Sam") {
  const owner = await makePerson("Olga");
  const teamId = await makeTeam(owner, "Studio");
  const [admin, ari, ben, viewer] = [await makePerson("Ada"), await makePerson("Ari"), await makePerson("Ben"), await makePerson("Vic")];
  await join(admin, teamId, "admin");
  await join(ari, teamId, "member");
  await join(ben, teamId, "member");
  await join(viewer, teamId, "viewer");
  const stranger = await makePerson(strangerName);
  const strangerTeam = await makeTeam(stranger, "Elsewhere");
  return { owner, admin, ari, ben, viewer, stranger, teamId, strangerTeam };
}

export async function makeGeneration(teamId: string, createdById: string, idempotencyKey: string = crypto.randomUUID()) {
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 90, b: 40 } } }).png().toBuffer();
  const original = await putBlob(png, "png");
  const thumb = await makeThumbnail(png);
  return prisma.generation.create({
    data: {
      teamId,
      createdById,
      kind: "generate",
      model: "gpt-image-1-mini",
      prompt: "a secret of team A",
      params: { prompt: "a secret of team A", n: 1, size: "1024x1024" },
      status: "succeeded",
      idempotencyKey,
      images: {
        create: [{ index: 0, format: "png", width: 64, height: 48, bytes: original.bytes, sha256: original.sha256, storageKey: original.key, thumbnailKey: thumb.key }],
      },
    },
    include: { images: true },
  });
}

/** A generation waiting in the queue (never sent to the provider). */
export async function makeQueuedGeneration(teamId: string, createdById: string) {
  return prisma.generation.create({
    data: {
      teamId, createdById, kind: "generate", model: "gpt-image-1-mini", prompt: "waiting in the queue",
      params: { n: 1, size: "1024x1024" }, status: "queued", idempotencyKey: crypto.randomUUID(),
    },
  });
}

/** A finished edit with its inputs (base, mask) and a composite image that keeps its raw output. */
export async function makeEditGeneration(teamId: string, createdById: string) {
  const solid = (r: number, alpha = false) =>
    sharp({ create: { width: 64, height: 48, channels: alpha ? 4 : 3, background: { r, g: 90, b: 40, alpha: 1 } } }).png().toBuffer();
  const [base, mask, raw, composite] = await Promise.all([
    solid(10).then((b) => putBlob(b, "png")),
    solid(0, true).then((b) => putBlob(b, "png")),
    solid(250).then((b) => putBlob(b, "png")),
    solid(130).then((b) => putBlob(b, "png")),
  ]);
  const thumb = await makeThumbnail(await solid(130));
  const file = (b: typeof base) => ({ format: "png", width: 64, height: 48, bytes: b.bytes, sha256: b.sha256, storageKey: b.key });
  return prisma.generation.create({
    data: {
      teamId,
      createdById,
      kind: "edit",
      model: "gpt-image-1-mini",
      prompt: "an edit of team A",
      params: { n: 1, size: "auto", keepOutsideMask: true },
      status: "succeeded",
      batchId: "batch-of-team-a",
      inputs: { create: [{ role: "image", index: 0, name: "base.png", ...file(base) }, { role: "mask", index: 0, name: "mask.png", ...file(mask) }] },
      images: {
        create: [{
          index: 0, ...file(composite), thumbnailKey: thumb.key,
          rawStorageKey: raw.key, rawSha256: raw.sha256, rawFormat: "png", rawBytes: raw.bytes,
          derivation: { kind: "composite", base: base.sha256, mask: mask.sha256, raw: raw.sha256, fit: null },
        }],
      },
    },
    include: { images: true, inputs: { orderBy: [{ role: "asc" }, { index: "asc" }] } },
  });
}

export async function makeInvite(teamId: string, invitedById: string) {
  return createInvite({ teamId, role: "member", invitedById });
}

/** Everything an action could change, to prove that a refused call changed nothing. */
export async function snapshot() {
  const [teams, memberships, invites, sessions, generations, images, inputs, projects, desks, comments, activity, favourites, providers] = await Promise.all([
    prisma.team.findMany({ orderBy: { id: "asc" } }),
    prisma.membership.findMany({ orderBy: { id: "asc" } }),
    prisma.invite.findMany({ orderBy: { id: "asc" } }),
    prisma.session.findMany({ orderBy: { id: "asc" }, select: { id: true, teamId: true } }),
    prisma.generation.findMany({ orderBy: { id: "asc" }, select: { id: true, teamId: true, status: true, projectId: true } }),
    prisma.image.findMany({ orderBy: { id: "asc" }, select: { id: true, reviewState: true, reviewReason: true } }),
    prisma.generationInput.findMany({ orderBy: { id: "asc" }, select: { id: true } }),
    prisma.project.findMany({ orderBy: { id: "asc" }, select: { id: true, teamId: true, name: true } }),
    prisma.workingState.findMany({ orderBy: [{ userId: "asc" }, { teamId: "asc" }], select: { userId: true, teamId: true, projectId: true } }),
    prisma.comment.findMany({ orderBy: { id: "asc" } }),
    prisma.activity.findMany({ orderBy: { id: "asc" }, select: { id: true } }),
    prisma.favourite.findMany({ orderBy: [{ userId: "asc" }, { imageId: "asc" }] }),
    prisma.provider.findMany({ orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ teams, memberships, invites, sessions, generations, images, inputs, projects, desks, comments, activity, favourites, providers });
}

/** Everything of one team, to prove that an action of another team left it as it was. */
export async function snapshotOf(teamId: string) {
  const [team, memberships, invites, generations, projects, comments, activity] = await Promise.all([
    prisma.team.findUnique({ where: { id: teamId } }),
    prisma.membership.findMany({ where: { teamId }, orderBy: { id: "asc" } }),
    prisma.invite.findMany({ where: { teamId }, orderBy: { id: "asc" } }),
    prisma.generation.findMany({ where: { teamId }, orderBy: { id: "asc" }, include: { images: { orderBy: { id: "asc" } } } }),
    prisma.project.findMany({ where: { teamId }, orderBy: { id: "asc" } }),
    prisma.comment.findMany({ where: { teamId }, orderBy: { id: "asc" } }),
    prisma.activity.findMany({ where: { teamId }, orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ team, memberships, invites, generations, projects, comments, activity });
}
