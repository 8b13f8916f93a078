CREATE TABLE crises (
  id VARCHAR(40) PRIMARY KEY,
  brand VARCHAR(64) NOT NULL,
  rule VARCHAR(500) NOT NULL,
  severity VARCHAR(16) NOT NULL,
  status VARCHAR(16) NOT NULL,
  opened_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  reason VARCHAR(2000),
  owner VARCHAR(200),
  comment_ids ${clob} NOT NULL,
  notes ${clob} NOT NULL,
  resolved_at BIGINT,
  cool_until BIGINT
);
CREATE INDEX crises_brand ON crises (brand, status, opened_at);

CREATE TABLE brand_settings (
  brand VARCHAR(64) PRIMARY KEY,
  settings ${clob} NOT NULL,
  updated_at BIGINT NOT NULL
);

ALTER TABLE items ADD COLUMN escalated_at BIGINT;
CREATE INDEX items_due ON items (state, escalated_at, due_at);
