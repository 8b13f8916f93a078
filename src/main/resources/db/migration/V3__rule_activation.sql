ALTER TABLE rule_versions ADD COLUMN activated_at BIGINT;
ALTER TABLE rule_versions ADD COLUMN activated_by VARCHAR(200);
ALTER TABLE rule_versions ADD COLUMN shadow BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE rule_versions SET activated_at = created_at, activated_by = created_by WHERE active;
