-- Personal access tokens (persoonlijke toegangssleutels): a user of the ledger makes one on the
-- page Toegangssleutels for a program that reads or records on their behalf, and sends it as
-- "Authorization: Bearer ipo_pat_...". Only the SHA-256 of the secret is stored: the secret is
-- shown once, when it is made. A token acts with its user's roles as configured at the moment of
-- use; revoked and expired tokens stay listed, so the user sees what existed and when it ended.
CREATE TABLE personal_token (
    id           VARCHAR(36)              NOT NULL PRIMARY KEY,
    username     VARCHAR(200)             NOT NULL,
    label        VARCHAR(80)              NOT NULL,
    secret_hash  VARCHAR(64)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    revoked_by   VARCHAR(200),
    last_used_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT personal_token_secret UNIQUE (secret_hash)
);

CREATE INDEX personal_token_user ON personal_token (username, created_at);
