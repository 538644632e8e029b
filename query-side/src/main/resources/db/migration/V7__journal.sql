-- The global journal: one row per recorded fact, for filtering on both time axes, actor, type,
-- aggregate, besluit and body. Owned by the query side's JournalProjection.
CREATE TABLE journal_entry (
    global_index     BIGINT       PRIMARY KEY,
    event_identifier VARCHAR(255) NOT NULL UNIQUE,
    aggregate_type   VARCHAR(32)  NOT NULL,
    aggregate_id     VARCHAR(255) NOT NULL,
    sequence_number  BIGINT       NOT NULL,
    event_type       VARCHAR(100) NOT NULL,
    effective_date   DATE,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    actor            VARCHAR(200),
    actor_role       VARCHAR(50),
    decision_text    VARCHAR(600),
    besluit_id       VARCHAR(36),
    body_id          VARCHAR(36),
    correlation_id   VARCHAR(255),
    causation_id     VARCHAR(255),
    source_document  VARCHAR(300),
    source_place     VARCHAR(300),
    source_quote     VARCHAR(1000)
);

CREATE INDEX journal_entry_recorded ON journal_entry (recorded_at);
CREATE INDEX journal_entry_effective ON journal_entry (effective_date);
CREATE INDEX journal_entry_aggregate ON journal_entry (aggregate_id);
CREATE INDEX journal_entry_besluit ON journal_entry (besluit_id);
CREATE INDEX journal_entry_body ON journal_entry (body_id);
