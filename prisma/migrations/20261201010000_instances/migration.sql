-- Several app instances on one database: each records its heartbeat, and each running
-- generation records the instance running it (docs/deployment.md).
ALTER TABLE "Generation" ADD COLUMN "instanceId" TEXT;
CREATE INDEX "Generation_status_instanceId_idx" ON "Generation"("status", "instanceId");

CREATE TABLE "Instance" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "heartbeatAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "workers" TEXT NOT NULL DEFAULT '[]',
    "stoppedAt" DATETIME
);
CREATE INDEX "Instance_heartbeatAt_idx" ON "Instance"("heartbeatAt");
