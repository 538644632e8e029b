-- The recorder's note on a fact's source, where the journal gave one; "Aanname: …" marks an assumption.
ALTER TABLE journal_entry ADD COLUMN source_note VARCHAR(2000);
