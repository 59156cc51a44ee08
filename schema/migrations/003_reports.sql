-- Reports: a data version that moves whenever anything a report reads changes, so cached report
-- figures can be reused until it does, and an index for one store's history.
-- Answers always arrive with their session in the same transaction, so rollup_sessions stands for
-- rollup_answers here and the writer pays one tiny update per session cell, not per answer cell.

CREATE TABLE report_data_version (
  id      INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL
);
INSERT INTO report_data_version(id, version) VALUES (1, 0);

CREATE TRIGGER report_version_sessions_insert AFTER INSERT ON rollup_sessions
BEGIN UPDATE report_data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER report_version_sessions_update AFTER UPDATE ON rollup_sessions
BEGIN UPDATE report_data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER report_version_remediations_insert AFTER INSERT ON rollup_remediations
BEGIN UPDATE report_data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER report_version_remediations_update AFTER UPDATE ON rollup_remediations
BEGIN UPDATE report_data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER report_version_locations_insert AFTER INSERT ON locations
BEGIN UPDATE report_data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER report_version_locations_update AFTER UPDATE ON locations
BEGIN UPDATE report_data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER report_version_questions_insert AFTER INSERT ON questions
BEGIN UPDATE report_data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER report_version_questions_update AFTER UPDATE ON questions
BEGIN UPDATE report_data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER report_version_texts_insert AFTER INSERT ON question_texts
BEGIN UPDATE report_data_version SET version = version + 1 WHERE id = 1; END;

-- One store's weeks, for the store page and its history.
CREATE INDEX rollup_answers_by_location ON rollup_answers(location_id, iso_week);
CREATE INDEX rollup_sessions_by_location ON rollup_sessions(location_id, iso_week);
