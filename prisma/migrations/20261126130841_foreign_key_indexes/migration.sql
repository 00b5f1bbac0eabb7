-- CreateIndex
CREATE INDEX "AuditLog_actorId_idx" ON "AuditLog"("actorId");

-- CreateIndex
CREATE INDEX "Certification_verifiedById_idx" ON "Certification"("verifiedById");

-- CreateIndex
CREATE INDEX "ConsultRequest_locationId_idx" ON "ConsultRequest"("locationId");

-- CreateIndex
CREATE INDEX "Report_providerId_idx" ON "Report"("providerId");

-- CreateIndex
CREATE INDEX "Report_reviewId_idx" ON "Report"("reviewId");

-- CreateIndex
CREATE INDEX "Submission_submittedById_idx" ON "Submission"("submittedById");

-- CreateIndex
CREATE INDEX "Submission_reviewerId_idx" ON "Submission"("reviewerId");
