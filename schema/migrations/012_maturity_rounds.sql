-- The CX maturity self-assessment: rounds for a store, a region or the whole organisation, the
-- leaders HR invites to each, their answers (a stage 1-6 per questionnaire item, with an optional
-- evidence note) and every change. Item keys are those of schema/maturity_assessment.textproto.
-- Assessors are HR admins and managers answering for their organisation, never frontline staff.

CREATE TABLE maturity_rounds (
  id           INTEGER PRIMARY KEY,
  scope        TEXT NOT NULL CHECK (scope IN ('location', 'region', 'organisation')),
  location_id  INTEGER REFERENCES locations(id),
  region       TEXT,
  opened_by    INTEGER NOT NULL REFERENCES users(id),
  opened_on    TEXT NOT NULL,  -- YYYY-MM-DD
  status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  agreed_stage INTEGER CHECK (agreed_stage BETWEEN 1 AND 6),
  closing_note TEXT CHECK (length(closing_note) <= 2000),
  closed_on    TEXT,
  CHECK ((scope = 'location') = (location_id IS NOT NULL)),
  CHECK ((scope = 'region') = (region IS NOT NULL)),
  CHECK ((status = 'closed') = (closed_on IS NOT NULL AND agreed_stage IS NOT NULL))
);
-- One open round per scope at a time.
CREATE UNIQUE INDEX maturity_rounds_one_open
  ON maturity_rounds(scope, COALESCE(location_id, 0), COALESCE(region, '')) WHERE status = 'open';
CREATE INDEX maturity_rounds_by_scope ON maturity_rounds(scope, location_id, region, status, closed_on);

CREATE TABLE maturity_assessors (
  round_id INTEGER NOT NULL REFERENCES maturity_rounds(id) ON DELETE CASCADE,
  user_id  INTEGER NOT NULL REFERENCES users(id),
  position INTEGER NOT NULL,  -- the order HR listed them in
  PRIMARY KEY (round_id, user_id)
) WITHOUT ROWID;
CREATE INDEX maturity_assessors_by_user ON maturity_assessors(user_id, round_id);

CREATE TABLE maturity_answers (
  round_id    INTEGER NOT NULL,
  user_id     INTEGER NOT NULL,
  item_key    TEXT NOT NULL,
  stage       INTEGER NOT NULL CHECK (stage BETWEEN 1 AND 6),
  evidence    TEXT NOT NULL DEFAULT '' CHECK (length(evidence) <= 500),
  answered_on TEXT NOT NULL,  -- YYYY-MM-DD
  PRIMARY KEY (round_id, user_id, item_key),
  FOREIGN KEY (round_id, user_id) REFERENCES maturity_assessors(round_id, user_id) ON DELETE CASCADE
) WITHOUT ROWID;

-- Every change to a round: who, when (unix seconds of the request), and what in plain words.
CREATE TABLE maturity_round_history (
  id         INTEGER PRIMARY KEY,
  round_id   INTEGER NOT NULL REFERENCES maturity_rounds(id) ON DELETE CASCADE,
  user_id    INTEGER NOT NULL REFERENCES users(id),
  changed_at INTEGER NOT NULL,
  what       TEXT NOT NULL
);
CREATE INDEX maturity_round_history_by_round ON maturity_round_history(round_id, id);
