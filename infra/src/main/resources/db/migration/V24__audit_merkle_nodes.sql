-- The Merkle tree over the hash chain (docs/audit.md), kept as it grows: every complete subtree's
-- hash, at its level (0: a leaf, covering one chain entry; level L covers 2^L entries) and its
-- index among the subtrees of that level. The sealer writes a leaf and the subtrees it completes in
-- the same transaction as the chain entry, so a root, an inclusion proof or a consistency proof
-- reads O(log n) rows instead of every entry. Derived data: the chain entries are the truth, and
-- the ledger fills this table from them where it lags (an older store at its first start).
CREATE TABLE audit_merkle_node (
    level SMALLINT NOT NULL,
    idx   BIGINT   NOT NULL,
    hash  BYTEA    NOT NULL,
    PRIMARY KEY (level, idx)
);
