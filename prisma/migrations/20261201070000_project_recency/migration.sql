-- Flat cost (issue 18): the project pickers (studio, gallery filter, "Move to project…") show
-- the team's most recently used projects, read as the newest few rows of the existing
-- "Project_teamId_updatedAt_idx" instead of listing every project. So "updatedAt" is kept as
-- the project's last activity: new work in it, work moved into it (Prisma still sets it on a
-- rename). Triggers on "Generation", so every writer (submissions, moves, a seeder) keeps it.
-- PostgreSQL's twin: prisma/postgresql/migrations/20261201070000_project_recency.

-- Backfill: a project's newest work, where it is newer than the project's own stamp.
UPDATE "Project" SET "updatedAt" = (SELECT MAX(g."createdAt") FROM "Generation" g WHERE g."projectId" = "Project"."id")
WHERE (SELECT MAX(g."createdAt") FROM "Generation" g WHERE g."projectId" = "Project"."id") > "updatedAt";

-- New work: the project's stamp moves forward to it (never back, for a seeder writing old work).
CREATE TRIGGER "Generation_project_used_insert" AFTER INSERT ON "Generation" WHEN new."projectId" IS NOT NULL BEGIN
    UPDATE "Project" SET "updatedAt" = new."createdAt" WHERE "id" = new."projectId" AND "updatedAt" < new."createdAt";
END;

-- Work moved into a project: it was used now (the text Prisma writes, so stamps compare as text).
CREATE TRIGGER "Generation_project_used_move" AFTER UPDATE OF "projectId" ON "Generation"
WHEN new."projectId" IS NOT NULL AND new."projectId" IS NOT old."projectId" BEGIN
    UPDATE "Project" SET "updatedAt" = strftime('%Y-%m-%dT%H:%M:%f', 'now') || '+00:00'
    WHERE "id" = new."projectId" AND "updatedAt" < strftime('%Y-%m-%dT%H:%M:%f', 'now') || '+00:00';
END;
