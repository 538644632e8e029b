-- The budget read model's recording times become typed timestamps; they were ISO-8601 text.
-- The text is not parsed in SQL: the columns are recreated empty and the read model is rebuilt
-- from the events at the next start (BegrotingProjection.READ_MODEL_VERSION 2, see
-- ReadModelVersions), which fills them from each event's recordedAt.
ALTER TABLE begroting_view DROP COLUMN drafted_recorded_at;
ALTER TABLE begroting_view ADD COLUMN drafted_recorded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE begroting_mutation DROP COLUMN recorded_at;
ALTER TABLE begroting_mutation ADD COLUMN recorded_at TIMESTAMP WITH TIME ZONE;
