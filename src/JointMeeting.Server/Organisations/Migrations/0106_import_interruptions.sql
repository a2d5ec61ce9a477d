-- An import whose server stopped mid-way is marked INTERRUPTED with a message instead of staying RUNNING forever:
-- the node writing a job stamps it (worker_id) and keeps heartbeat_at fresh; a job whose heartbeat went stale lost its writer.
ALTER TABLE import_jobs ADD COLUMN message text NULL;
ALTER TABLE import_jobs ADD COLUMN worker_id text NULL;
ALTER TABLE import_jobs ADD COLUMN heartbeat_at timestamptz NULL;
CREATE INDEX import_jobs_running ON import_jobs (heartbeat_at) WHERE status = 'Running';
