-- AlterTable
ALTER TABLE "Provider" ADD COLUMN     "contactEmail" TEXT;
