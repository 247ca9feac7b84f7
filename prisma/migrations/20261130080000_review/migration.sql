-- Review: a state on every image (draft until submitted), who submitted and who decided.
ALTER TABLE "Image" ADD COLUMN "reviewState" TEXT NOT NULL DEFAULT 'draft';
ALTER TABLE "Image" ADD COLUMN "reviewReason" TEXT;
ALTER TABLE "Image" ADD COLUMN "reviewSubmittedAt" DATETIME;
ALTER TABLE "Image" ADD COLUMN "reviewSubmittedById" TEXT REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Image" ADD COLUMN "reviewDecidedAt" DATETIME;
ALTER TABLE "Image" ADD COLUMN "reviewDecidedById" TEXT REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- When each member last looked at the team's activity (the unread badge counts what is newer).
ALTER TABLE "Membership" ADD COLUMN "activitySeenAt" DATETIME;

-- Threaded comments on an image, optionally pinned to a point or a region of it.
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "imageId" TEXT NOT NULL,
    "authorId" TEXT,
    "parentId" TEXT,
    "body" TEXT NOT NULL,
    "pin" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editedAt" DATETIME,
    "deletedAt" DATETIME,
    CONSTRAINT "Comment_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Comment_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Comment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Comment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "Comment_teamId_imageId_createdAt_idx" ON "Comment"("teamId", "imageId", "createdAt");
CREATE INDEX "Comment_parentId_idx" ON "Comment"("parentId");

-- The team's activity feed; targetId is the person a row concerns.
CREATE TABLE "Activity" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "actorId" TEXT,
    "targetId" TEXT,
    "imageId" TEXT,
    "commentId" TEXT,
    "data" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Activity_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Activity_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Activity_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Activity_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Activity_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "Activity_teamId_createdAt_idx" ON "Activity"("teamId", "createdAt");
CREATE INDEX "Activity_teamId_targetId_createdAt_idx" ON "Activity"("teamId", "targetId", "createdAt");
CREATE INDEX "Activity_teamId_kind_createdAt_idx" ON "Activity"("teamId", "kind", "createdAt");
CREATE INDEX "Activity_imageId_idx" ON "Activity"("imageId");
CREATE INDEX "Activity_commentId_idx" ON "Activity"("commentId");
