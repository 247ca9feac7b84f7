-- Projects (boards) group a team's work; each person starts with a default project of their own.
CREATE TABLE "Project" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdById" TEXT,
    "defaultForId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Project_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Project_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "Project_teamId_defaultForId_key" ON "Project"("teamId", "defaultForId");
CREATE INDEX "Project_teamId_updatedAt_idx" ON "Project"("teamId", "updatedAt");

-- A person's desk in one team: the current project and the studio's unsent work.
CREATE TABLE "WorkingState" (
    "userId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "projectId" TEXT,
    "state" JSONB,
    "updatedAt" DATETIME NOT NULL,
    PRIMARY KEY ("userId", "teamId"),
    CONSTRAINT "WorkingState_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "WorkingState_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "WorkingState_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

ALTER TABLE "Generation" ADD COLUMN "projectId" TEXT REFERENCES "Project" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE INDEX "Generation_projectId_createdAt_idx" ON "Generation"("projectId", "createdAt");

-- Existing work: every member gets a default project holding what they made in that team;
-- work by people no longer in the team goes to one "Earlier work" project.
INSERT INTO "Project" ("id", "teamId", "name", "createdById", "defaultForId", "createdAt", "updatedAt")
SELECT 'prj_' || m."id", m."teamId", COALESCE(NULLIF(u."name", ''), u."email") || '''s project', m."userId", m."userId", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM "Membership" m JOIN "User" u ON u."id" = m."userId";

UPDATE "Generation" SET "projectId" = (
  SELECT p."id" FROM "Project" p WHERE p."teamId" = "Generation"."teamId" AND p."defaultForId" = "Generation"."createdById"
);

INSERT INTO "Project" ("id", "teamId", "name", "createdAt", "updatedAt")
SELECT DISTINCT 'prj_team_' || g."teamId", g."teamId", 'Earlier work', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM "Generation" g WHERE g."projectId" IS NULL;

UPDATE "Generation" SET "projectId" = 'prj_team_' || "teamId" WHERE "projectId" IS NULL;
