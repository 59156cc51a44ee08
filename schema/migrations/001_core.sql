-- Core tables: locations, kiosks, the question bank, received answers and their rollups.
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
