-- Every read view returns the source of each fact it shows (document, place, quote, the
-- recorder's note) or why the fact has none (source_absent). The projections owning these tables
-- raise their READ_MODEL_VERSION, so the ledger re-projects them once and fills the new columns.
ALTER TABLE journal_entry ADD COLUMN source_absent VARCHAR(500);

ALTER TABLE structure_gremium ADD COLUMN source_document VARCHAR(300);
ALTER TABLE structure_gremium ADD COLUMN source_place VARCHAR(300);
ALTER TABLE structure_gremium ADD COLUMN source_quote VARCHAR(1000);
ALTER TABLE structure_gremium ADD COLUMN source_note VARCHAR(2000);
ALTER TABLE structure_gremium ADD COLUMN source_absent VARCHAR(500);

ALTER TABLE structure_membership ADD COLUMN source_document VARCHAR(300);
ALTER TABLE structure_membership ADD COLUMN source_place VARCHAR(300);
ALTER TABLE structure_membership ADD COLUMN source_quote VARCHAR(1000);
ALTER TABLE structure_membership ADD COLUMN source_note VARCHAR(2000);
ALTER TABLE structure_membership ADD COLUMN source_absent VARCHAR(500);

ALTER TABLE besluit_view ADD COLUMN source_document VARCHAR(300);
ALTER TABLE besluit_view ADD COLUMN source_place VARCHAR(300);
ALTER TABLE besluit_view ADD COLUMN source_quote VARCHAR(1000);
ALTER TABLE besluit_view ADD COLUMN source_note VARCHAR(2000);
ALTER TABLE besluit_view ADD COLUMN source_absent VARCHAR(500);
ALTER TABLE besluit_view ADD COLUMN decision_source_document VARCHAR(300);
ALTER TABLE besluit_view ADD COLUMN decision_source_place VARCHAR(300);
ALTER TABLE besluit_view ADD COLUMN decision_source_quote VARCHAR(1000);
ALTER TABLE besluit_view ADD COLUMN decision_source_note VARCHAR(2000);
ALTER TABLE besluit_view ADD COLUMN decision_source_absent VARCHAR(500);

ALTER TABLE besluit_agenda ADD COLUMN decision_source_document VARCHAR(300);
ALTER TABLE besluit_agenda ADD COLUMN decision_source_place VARCHAR(300);
ALTER TABLE besluit_agenda ADD COLUMN decision_source_quote VARCHAR(1000);
ALTER TABLE besluit_agenda ADD COLUMN decision_source_note VARCHAR(2000);
ALTER TABLE besluit_agenda ADD COLUMN decision_source_absent VARCHAR(500);

ALTER TABLE mandaat_version ADD COLUMN source_document VARCHAR(300);
ALTER TABLE mandaat_version ADD COLUMN source_place VARCHAR(300);
ALTER TABLE mandaat_version ADD COLUMN source_quote VARCHAR(1000);
ALTER TABLE mandaat_version ADD COLUMN source_note VARCHAR(2000);
ALTER TABLE mandaat_version ADD COLUMN source_absent VARCHAR(500);
