-- Publication: reports read frozen blocks of closed weeks, never the live rollups, so that a
-- figure changes only when a store's week closes or a group of at least k late answers is
-- released (docs/indicators.md, "Publication over time").

-- Per store, the last ISO week (YYYYWW) closed and cut into blocks.
CREATE TABLE publication_state (
  location_id        INTEGER PRIMARY KEY,
  closed_through     INTEGER NOT NULL,
  held_back_sessions INTEGER NOT NULL DEFAULT 0  -- late sessions waiting in published blocks
);

-- Stores and weeks whose rollups changed after the week was closed: late answers, for the next
-- publication run. Answers always arrive with their session, so sessions stand for answers.
CREATE TABLE late_weeks (
  location_id INTEGER NOT NULL,
  iso_week    INTEGER NOT NULL,
  PRIMARY KEY (location_id, iso_week)
) WITHOUT ROWID;

CREATE TRIGGER late_sessions_insert AFTER INSERT ON rollup_sessions
WHEN NEW.iso_week <= (SELECT closed_through FROM publication_state WHERE location_id = NEW.location_id)
BEGIN INSERT OR IGNORE INTO late_weeks(location_id, iso_week) VALUES (NEW.location_id, NEW.iso_week); END;
CREATE TRIGGER late_sessions_update AFTER UPDATE ON rollup_sessions
WHEN NEW.iso_week <= (SELECT closed_through FROM publication_state WHERE location_id = NEW.location_id)
BEGIN INSERT OR IGNORE INTO late_weeks(location_id, iso_week) VALUES (NEW.location_id, NEW.iso_week); END;
CREATE TRIGGER late_remediations_insert AFTER INSERT ON rollup_remediations
WHEN NEW.iso_week <= (SELECT closed_through FROM publication_state WHERE location_id = NEW.location_id)
BEGIN INSERT OR IGNORE INTO late_weeks(location_id, iso_week) VALUES (NEW.location_id, NEW.iso_week); END;
CREATE TRIGGER late_remediations_update AFTER UPDATE ON rollup_remediations
WHEN NEW.iso_week <= (SELECT closed_through FROM publication_state WHERE location_id = NEW.location_id)
BEGIN INSERT OR IGNORE INTO late_weeks(location_id, iso_week) VALUES (NEW.location_id, NEW.iso_week); END;

-- A publication run reads one store's weeks at a time.
CREATE INDEX rollup_remediations_by_location ON rollup_remediations(location_id, iso_week);

-- Blocks of consecutive closed weeks of one series: a store's sessions (1), quarantined sessions
-- (2), remediation events (3) or answers to one question (4). A published block holds at least k
-- and is never cut again; late answers dated in it are held back until at least k of them can be
-- released together. A block not yet published (published_on NULL) holds the closed weeks whose
-- answers are still fewer than k; its contents are never shown.
CREATE TABLE blocks (
  location_id  INTEGER NOT NULL,
  last_week    INTEGER NOT NULL,  -- YYYYWW
  series       INTEGER NOT NULL,
  question_id  INTEGER NOT NULL,  -- 0 unless answers
  first_week   INTEGER NOT NULL,  -- YYYYWW
  published_on TEXT,              -- date; NULL while held
  revised_on   TEXT,              -- date late answers were last released into it
  n            INTEGER NOT NULL,
  sum          INTEGER NOT NULL DEFAULT 0,
  sum_sq       INTEGER NOT NULL DEFAULT 0,
  cells        BLOB,              -- histogram of values 0..10, or events by category x amount band
  held_back    INTEGER NOT NULL DEFAULT 0,  -- late answers not yet released
  PRIMARY KEY (location_id, last_week, series, question_id)
) WITHOUT ROWID;
CREATE INDEX blocks_by_week ON blocks(last_week);
CREATE INDEX blocks_held ON blocks(location_id) WHERE published_on IS NULL;

-- Reports change only with publication (and the catalog), not with every upload.
DROP TRIGGER report_version_sessions_insert;
DROP TRIGGER report_version_sessions_update;
DROP TRIGGER report_version_remediations_insert;
DROP TRIGGER report_version_remediations_update;
