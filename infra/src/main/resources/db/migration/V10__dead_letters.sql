-- Axon Framework's sequenced dead-letter queue (JdbcSequencedDeadLetterQueue), in snake_case (see
-- DeadLetterConfiguration's DeadLetterSchema): the events a processor could not handle, parked per
-- processing group and sequence (the aggregate id) in the order they arrived (docs/operations.md,
-- "Geparkeerde events / dead letters"). One script for PostgreSQL 15+ and H2 in MODE=PostgreSQL.
-- Payload, metadata, token and diagnostics are BYTEA, never OID: large objects leak on PostgreSQL.
-- The time columns are VARCHAR because Axon writes and compares them as ISO-8601 text.

CREATE TABLE dead_letter_entry (
    dead_letter_id       VARCHAR(255)  NOT NULL PRIMARY KEY,
    processing_group     VARCHAR(255)  NOT NULL,
    sequence_identifier  VARCHAR(255)  NOT NULL,
    sequence_index       BIGINT        NOT NULL,
    message_type         VARCHAR(255)  NOT NULL,
    event_identifier     VARCHAR(255)  NOT NULL,
    time_stamp           VARCHAR(255)  NOT NULL,
    payload_type         VARCHAR(255)  NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA         NOT NULL,
    meta_data            BYTEA,
    aggregate_type       VARCHAR(255),
    aggregate_identifier VARCHAR(255),
    sequence_number      BIGINT,
    token_type           VARCHAR(255),
    token                BYTEA,
    enqueued_at          VARCHAR(255)  NOT NULL,
    last_touched         VARCHAR(255),
    processing_started   VARCHAR(255),
    cause_type           VARCHAR(255),
    cause_message        VARCHAR(1023),
    diagnostics          BYTEA,
    -- also serves the look-ups by group and by group and sequence
    CONSTRAINT dead_letter_entry_sequence_index
        UNIQUE (processing_group, sequence_identifier, sequence_index)
);
