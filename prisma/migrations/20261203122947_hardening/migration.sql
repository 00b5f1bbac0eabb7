-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lastError" TEXT,
ADD COLUMN     "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "replyTo" TEXT,
ADD COLUMN     "sentAt" TIMESTAMP(3),
ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'PENDING',
ADD COLUMN     "via" TEXT;

-- CreateTable
CREATE TABLE "SignInFailure" (
    "accountHash" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lastFailAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInFailure_pkey" PRIMARY KEY ("accountHash")
);

-- CreateIndex
CREATE INDEX "OutboxEmail_status_nextAttemptAt_idx" ON "OutboxEmail"("status", "nextAttemptAt");

-- Hand-written (issue 16).
-- Mail written before this migration went to the development outbox at once: it was delivered.
UPDATE "OutboxEmail" SET "status" = 'SENT', "via" = 'outbox', "sentAt" = "createdAt";
ALTER TABLE "OutboxEmail" ADD CONSTRAINT "x_outbox_email_status" CHECK ("status" IN ('PENDING', 'SENT', 'FAILED'));

-- No raw client address or user agent is kept anywhere (the auth library would store them per
-- session); the rest of the app keeps only keyed hashes of networks.
UPDATE "Session" SET "ipAddress" = NULL, "userAgent" = NULL;
ALTER TABLE "Session" ADD CONSTRAINT "x_session_no_client_data" CHECK ("ipAddress" IS NULL AND "userAgent" IS NULL);
