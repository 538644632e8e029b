-- The version of each read model the ledger last projected (ReadModelVersions): a projection whose
-- code declares a higher version is rebuilt from the event store once, at the next start.
CREATE TABLE read_model_version (
    processing_group VARCHAR(100)             NOT NULL PRIMARY KEY,
    version          INTEGER                  NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
