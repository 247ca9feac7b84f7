-- Several app instances on one database: each records its heartbeat, and each running
-- generation records the instance running it (docs/deployment.md).
ALTER TABLE "Generation" ADD COLUMN "instanceId" TEXT;
CREATE INDEX "Generation_status_instanceId_idx" ON "Generation"("status", "instanceId");

CREATE TABLE "Instance" (
    "id" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "heartbeatAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "workers" TEXT NOT NULL DEFAULT '[]',
    "stoppedAt" TIMESTAMP(3),
    CONSTRAINT "Instance_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Instance_heartbeatAt_idx" ON "Instance"("heartbeatAt");
