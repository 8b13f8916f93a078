-- History imported with ?mode=backfill: it fills windows, baselines and KPIs, and opens nothing.
ALTER TABLE comments ADD COLUMN backfill BOOLEAN DEFAULT FALSE NOT NULL;
