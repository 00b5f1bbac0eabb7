-- CreateEnum
CREATE TYPE "ConsultReferral" AS ENUM ('HAVE', 'NOT_YET');

-- CreateEnum
CREATE TYPE "ContactTopic" AS ENUM ('QUESTION', 'LISTING', 'DELETE_MY_DATA', 'OTHER');

-- CreateEnum
CREATE TYPE "ContactStatus" AS ENUM ('OPEN', 'CLOSED');

-- AlterTable (hand-edited: existing requests get a random reference, as lib/reference.ts makes
-- them, before the column becomes NOT NULL)
ALTER TABLE "ConsultRequest" ADD COLUMN     "reference" TEXT,
ADD COLUMN     "referral" "ConsultReferral";

UPDATE "ConsultRequest" c SET "reference" = (
  SELECT 'NCC-' || string_agg(substr('23456789ABCDEFGHJKLMNPQRSTUVWXYZ', 1 + floor(random() * 32)::int, 1)
    || CASE WHEN i = 4 THEN '-' ELSE '' END, '' ORDER BY i)
  FROM generate_series(1, 8) AS i WHERE c.id IS NOT NULL
);

ALTER TABLE "ConsultRequest" ALTER COLUMN "reference" SET NOT NULL;

-- AlterTable
ALTER TABLE "Provider" ADD COLUMN     "consultReplyDays" INTEGER;

-- CreateTable
CREATE TABLE "ContactMessage" (
    "id" SERIAL NOT NULL,
    "reference" TEXT NOT NULL,
    "topic" "ContactTopic" NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "status" "ContactStatus" NOT NULL DEFAULT 'OPEN',
    "networkHash" TEXT,
    "closedById" TEXT,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ContactMessage_reference_key" ON "ContactMessage"("reference");

-- CreateIndex
CREATE INDEX "ContactMessage_status_createdAt_idx" ON "ContactMessage"("status", "createdAt");

-- CreateIndex
CREATE INDEX "ContactMessage_email_idx" ON "ContactMessage"("email");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultRequest_reference_key" ON "ConsultRequest"("reference");

-- Hand-written: the demo seed wrote each demo doctor's experience with the date of the seeding, so
-- every profile said "last updated" today. The demo practice last reported it when it last confirmed.
UPDATE "NeckExperience" e SET "updatedAt" = p."lastConfirmedAt"
FROM "Provider" p
WHERE p.id = e."providerId" AND p.source = 'DEMO' AND p."lastConfirmedAt" IS NOT NULL
  AND e."updatedAt" > p."lastConfirmedAt";
