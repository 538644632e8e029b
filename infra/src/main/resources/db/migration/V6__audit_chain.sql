-- The tamper-evident hash chain over the event store and its signed checkpoints (docs/audit.md).
-- Written only by the sealing processor and the checkpoint service; never by a user.

CREATE TABLE audit_chain (
    position         BIGINT       PRIMARY KEY,
    global_index     BIGINT       NOT NULL UNIQUE,
    event_identifier VARCHAR(255) NOT NULL UNIQUE,
    entry_hash       BYTEA        NOT NULL,
    chain_hash       BYTEA        NOT NULL,
    sealed_at        VARCHAR(40)  NOT NULL
);

CREATE TABLE audit_checkpoint (
    number      BIGINT        PRIMARY KEY,
    tree_size   BIGINT        NOT NULL,
    chain_head  BYTEA         NOT NULL,
    merkle_root BYTEA         NOT NULL,
    created_at  VARCHAR(40)   NOT NULL,
    statement   VARCHAR(1000) NOT NULL,
    signature   BYTEA         NOT NULL
);
