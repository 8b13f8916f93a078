-- Shadow run reports, one row per node, so a report sums every node's share of the traffic.
CREATE TABLE shadow_reports (
  scope VARCHAR(64) NOT NULL,
  version INT NOT NULL,
  node VARCHAR(64) NOT NULL,
  report ${clob} NOT NULL,
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (scope, version, node)
);
