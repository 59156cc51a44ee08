// Generated from schema/migrations; do not edit.
#include "storepulse/schema/migrations.h"

namespace storepulse::schema {

std::span<const migration> embedded_migrations() {
  static const migration all[] = {
    {1, "001_core", R"storepulse_sql(-- Core tables: locations, kiosks, the question bank, received answers and their rollups.
-- No column holds a time of day for anything a staff member did: answers carry a store-local date.

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE locations (
  id                      INTEGER PRIMARY KEY,
  code                    TEXT NOT NULL UNIQUE,
  name                    TEXT NOT NULL,
  region                  TEXT NOT NULL,
  timezone                TEXT NOT NULL,
  headcount               INTEGER NOT NULL CHECK (headcount >= 0),
  remediation_limit_minor INTEGER NOT NULL CHECK (remediation_limit_minor >= 0),
  currency                TEXT NOT NULL,
  active                  INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE org_values (
  id        INTEGER PRIMARY KEY,
  key       TEXT NOT NULL UNIQUE,
  position  INTEGER NOT NULL
);

CREATE TABLE org_value_texts (
  value_id    INTEGER NOT NULL REFERENCES org_values(id) ON DELETE CASCADE,
  language    TEXT NOT NULL,
  name        TEXT NOT NULL,
  description TEXT NOT NULL,
  PRIMARY KEY (value_id, language)
) WITHOUT ROWID;

CREATE TABLE languages (
  code     TEXT PRIMARY KEY,
  position INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE questions (
  id             INTEGER PRIMARY KEY,
  key            TEXT NOT NULL UNIQUE,
  dimension      INTEGER NOT NULL,  -- storepulse.v1.Dimension
  type           INTEGER NOT NULL,  -- storepulse.v1.QuestionType
  core           INTEGER NOT NULL DEFAULT 0,
  max_value      INTEGER NOT NULL DEFAULT 0,
  limit_bands    TEXT NOT NULL DEFAULT '',  -- comma-separated upper bounds in minor units
  reverse_scored INTEGER NOT NULL DEFAULT 0,
  active         INTEGER NOT NULL DEFAULT 1,
  position       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE question_texts (
  question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
  language    TEXT NOT NULL,
  text        TEXT NOT NULL,
  PRIMARY KEY (question_id, language)
) WITHOUT ROWID;

CREATE TABLE kiosks (
  id            INTEGER PRIMARY KEY,
  location_id   INTEGER NOT NULL REFERENCES locations(id),
  token_hash    BLOB NOT NULL UNIQUE,      -- SHA-256 of the device token
  label         TEXT NOT NULL DEFAULT '',
  enrolled_on   TEXT NOT NULL,             -- date only
  last_seen_at  INTEGER,                   -- unix seconds of the kiosk's last request (device, not answers)
  queued_items  INTEGER NOT NULL DEFAULT 0,
  revoked       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE enrollment_codes (
  code_hash   BLOB PRIMARY KEY,            -- SHA-256 of the code
  location_id INTEGER NOT NULL REFERENCES locations(id),
  expires_at  INTEGER NOT NULL,            -- unix seconds
  used        INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE submissions (
  id             INTEGER PRIMARY KEY,
  client_id      BLOB NOT NULL UNIQUE,
  payload_hash   BLOB NOT NULL,
  location_id    INTEGER NOT NULL REFERENCES locations(id),
  kiosk_id       INTEGER NOT NULL REFERENCES kiosks(id),
  local_date     TEXT NOT NULL,            -- YYYY-MM-DD, store-local
  iso_week       INTEGER NOT NULL,         -- YYYYWW
  config_version INTEGER NOT NULL,
  language       TEXT NOT NULL,
  quarantined    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX submissions_by_date ON submissions(local_date);

CREATE TABLE answers (
  submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
  question_id   INTEGER NOT NULL REFERENCES questions(id),
  value         INTEGER NOT NULL,
  PRIMARY KEY (submission_id, question_id)
) WITHOUT ROWID;

CREATE TABLE remediation_events (
  id             INTEGER PRIMARY KEY,
  client_id      BLOB NOT NULL UNIQUE,
  payload_hash   BLOB NOT NULL,
  location_id    INTEGER NOT NULL REFERENCES locations(id),
  kiosk_id       INTEGER NOT NULL REFERENCES kiosks(id),
  local_date     TEXT NOT NULL,
  iso_week       INTEGER NOT NULL,
  category       INTEGER NOT NULL,  -- storepulse.v1.RemediationCategory
  amount_band    INTEGER NOT NULL,  -- storepulse.v1.AmountBand
  quarantined    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX remediation_events_by_date ON remediation_events(local_date);

-- Sessions a kiosk sent per store-local day, for the ballot-stuffing cap.
CREATE TABLE kiosk_day_counts (
  kiosk_id     INTEGER NOT NULL,
  local_date   TEXT NOT NULL,
  sessions     INTEGER NOT NULL,
  remediations INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (kiosk_id, local_date)
) WITHOUT ROWID;

-- Rollups, kept in the same transaction as the rows they summarise; quarantined rows excluded.
CREATE TABLE rollup_answers (
  location_id INTEGER NOT NULL,
  question_id INTEGER NOT NULL,
  iso_week    INTEGER NOT NULL,
  n           INTEGER NOT NULL,
  sum         INTEGER NOT NULL,
  sum_sq      INTEGER NOT NULL,
  h0 INTEGER NOT NULL DEFAULT 0, h1 INTEGER NOT NULL DEFAULT 0, h2 INTEGER NOT NULL DEFAULT 0,
  h3 INTEGER NOT NULL DEFAULT 0, h4 INTEGER NOT NULL DEFAULT 0, h5 INTEGER NOT NULL DEFAULT 0,
  h6 INTEGER NOT NULL DEFAULT 0, h7 INTEGER NOT NULL DEFAULT 0, h8 INTEGER NOT NULL DEFAULT 0,
  h9 INTEGER NOT NULL DEFAULT 0, h10 INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (iso_week, location_id, question_id)
) WITHOUT ROWID;

CREATE TABLE rollup_sessions (
  location_id INTEGER NOT NULL,
  iso_week    INTEGER NOT NULL,
  sessions    INTEGER NOT NULL DEFAULT 0,
  quarantined INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (iso_week, location_id)
) WITHOUT ROWID;

CREATE TABLE rollup_remediations (
  location_id INTEGER NOT NULL,
  iso_week    INTEGER NOT NULL,
  category    INTEGER NOT NULL,
  amount_band INTEGER NOT NULL,
  n           INTEGER NOT NULL,
  PRIMARY KEY (iso_week, location_id, category, amount_band)
) WITHOUT ROWID;
)storepulse_sql"},
    {2, "002_users", R"storepulse_sql(-- Dashboard users and the locations a manager may see. Passwords are stored only as Argon2id
-- strings from libsodium's crypto_pwhash_str (algorithm, parameters and salt included).

CREATE TABLE users (
  id            INTEGER PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
  password_hash TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('hr_admin', 'manager', 'operator')),
  active        INTEGER NOT NULL DEFAULT 1,
  created_on    TEXT NOT NULL,           -- date only
  last_login_on TEXT                     -- date only
);

CREATE TABLE user_locations (
  user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  location_id INTEGER NOT NULL REFERENCES locations(id) ON DELETE CASCADE,
  PRIMARY KEY (user_id, location_id)
) WITHOUT ROWID;
CREATE INDEX user_locations_by_location ON user_locations(location_id);
)storepulse_sql"},
    {3, "003_reports", R"storepulse_sql(-- Reports: a data version that moves whenever anything a report reads changes, so cached report
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
)storepulse_sql"},
    {4, "004_day_counts_from_rows", R"storepulse_sql(-- The daily cap counts a kiosk's sessions and remediation logs of one store-local day straight
-- from their rows, through an index by (date, kiosk), and the writer keeps the counts in memory:
-- no table of counts to update with every submission. The index still serves retention, which
-- deletes by date.

DROP TABLE kiosk_day_counts;

DROP INDEX submissions_by_date;
CREATE INDEX submissions_by_date_kiosk ON submissions(local_date, kiosk_id);

DROP INDEX remediation_events_by_date;
CREATE INDEX remediation_events_by_date_kiosk ON remediation_events(local_date, kiosk_id);
)storepulse_sql"},
    {5, "005_date_index_one_run_per_day", R"storepulse_sql(-- An index by (date, kiosk) takes each kiosk's next session at its own place, so that every
-- submission dirtied a page of its own, as many as the random client ids. By date alone, a day's
-- rows all go at the end of that day's run: a commit group touches one page per date it holds.
-- The daily cap now counts a whole date, every kiosk at once, the first time that date is
-- needed; retention still deletes by date.

DROP INDEX submissions_by_date_kiosk;
CREATE INDEX submissions_by_date ON submissions(local_date);

DROP INDEX remediation_events_by_date_kiosk;
CREATE INDEX remediation_events_by_date ON remediation_events(local_date);
)storepulse_sql"},
    {6, "006_publication", R"storepulse_sql(-- Publication: reports read frozen blocks of closed weeks, never the live rollups, so that a
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
)storepulse_sql"},
  };
  return all;
}

}  // namespace storepulse::schema
