-- CMS public-use data (lib/cms): Medicare claims per NPI and code, Care Compare clinicians, and the
-- imports they came from. No foreign key to Provider: evidence is kept for every NPI.

-- CreateTable
CREATE TABLE "MedicareImport" (
    "id" SERIAL NOT NULL,
    "dataset" TEXT NOT NULL,
    "year" INTEGER,
    "sourceFile" TEXT NOT NULL,
    "release" TEXT NOT NULL,
    "layout" TEXT NOT NULL,
    "rowsScanned" INTEGER NOT NULL,
    "rowsKept" INTEGER NOT NULL,
    "rowsRejected" INTEGER NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MedicareImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MedicareServiceStat" (
    "npi" CHAR(10) NOT NULL,
    "year" INTEGER NOT NULL,
    "hcpcs" VARCHAR(5) NOT NULL,
    "placeOfService" CHAR(1) NOT NULL,
    "beneficiaries" INTEGER NOT NULL,
    "services" DOUBLE PRECISION NOT NULL,
    "beneficiaryDays" INTEGER NOT NULL,
    "importId" INTEGER NOT NULL,

    CONSTRAINT "MedicareServiceStat_pkey" PRIMARY KEY ("npi","year","hcpcs","placeOfService")
);

-- CreateTable
CREATE TABLE "CareCompareClinician" (
    "npi" CHAR(10) NOT NULL,
    "fileDate" DATE NOT NULL,
    "medicalSchool" TEXT,
    "graduationYear" INTEGER,
    "specialties" TEXT[],
    "acceptsAssignment" CHAR(1),
    "telehealth" BOOLEAN,
    "groupNames" TEXT[],
    "addresses" JSONB NOT NULL,
    "hospitals" JSONB,
    "importId" INTEGER NOT NULL,

    CONSTRAINT "CareCompareClinician_pkey" PRIMARY KEY ("npi")
);

-- CreateIndex
CREATE INDEX "MedicareImport_dataset_year_idx" ON "MedicareImport"("dataset", "year");

-- CreateIndex
CREATE INDEX "MedicareServiceStat_importId_idx" ON "MedicareServiceStat"("importId");

-- CreateIndex
CREATE INDEX "MedicareServiceStat_year_hcpcs_idx" ON "MedicareServiceStat"("year", "hcpcs");

-- CreateIndex
CREATE INDEX "CareCompareClinician_importId_idx" ON "CareCompareClinician"("importId");

-- AddForeignKey
ALTER TABLE "MedicareServiceStat" ADD CONSTRAINT "MedicareServiceStat_importId_fkey" FOREIGN KEY ("importId") REFERENCES "MedicareImport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CareCompareClinician" ADD CONSTRAINT "CareCompareClinician_importId_fkey" FOREIGN KEY ("importId") REFERENCES "MedicareImport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ============================================================================================
-- Hand-written.
-- ============================================================================================

ALTER TABLE "MedicareImport" ADD CONSTRAINT "x_medicare_import_dataset" CHECK ("dataset" IN ('claims', 'clinicians'));
ALTER TABLE "MedicareServiceStat" ADD CONSTRAINT "x_medicare_stat_npi_format" CHECK ("npi" ~ '^[0-9]{10}$');
ALTER TABLE "MedicareServiceStat" ADD CONSTRAINT "x_medicare_stat_place" CHECK ("placeOfService" IN ('F', 'O'));
-- CMS suppresses every row with fewer than 11 beneficiaries: a smaller count is not real data.
ALTER TABLE "MedicareServiceStat" ADD CONSTRAINT "x_medicare_stat_suppression" CHECK ("beneficiaries" >= 11);
ALTER TABLE "MedicareServiceStat" ADD CONSTRAINT "x_medicare_stat_counts"
  CHECK ("services" >= 0 AND "beneficiaryDays" >= 0);
ALTER TABLE "CareCompareClinician" ADD CONSTRAINT "x_care_compare_npi_format" CHECK ("npi" ~ '^[0-9]{10}$');
ALTER TABLE "CareCompareClinician" ADD CONSTRAINT "x_care_compare_assignment" CHECK ("acceptsAssignment" IN ('Y', 'M'));
