-- Action plans: what a store (or a region, or the whole organisation) does about its figures.
-- A plan addresses one figure: a dimension (its enum name), a question (its key) or an
-- empowerment figure (EMPOWERMENT_FIGURE_* name). Dates are calendar dates; every change is
-- recorded in action_plan_history. Plans concern managers' and HR's work, never a staff member.

CREATE TABLE action_plans (
  id          INTEGER PRIMARY KEY,
  scope       TEXT NOT NULL CHECK (scope IN ('location', 'region', 'organisation')),
  location_id INTEGER REFERENCES locations(id),
  region      TEXT,
  title       TEXT NOT NULL,
  target_kind TEXT NOT NULL CHECK (target_kind IN ('dimension', 'question', 'empowerment')),
  target_key  TEXT NOT NULL,
  owner_id    INTEGER NOT NULL REFERENCES users(id),
  start_on    TEXT NOT NULL,  -- YYYY-MM-DD
  due_on      TEXT NOT NULL,
  status      TEXT NOT NULL DEFAULT 'planned'
              CHECK (status IN ('planned', 'in_progress', 'done', 'dropped')),
  ended_on    TEXT,           -- the date it was done or dropped
  shared      INTEGER NOT NULL DEFAULT 0,  -- shown to staff on the store's kiosks
  created_by  INTEGER NOT NULL REFERENCES users(id),
  created_on  TEXT NOT NULL,
  updated_on  TEXT NOT NULL,
  CHECK ((scope = 'location') = (location_id IS NOT NULL)),
  CHECK ((scope = 'region') = (region IS NOT NULL)),
  CHECK (due_on >= start_on)
);
CREATE INDEX action_plans_by_location ON action_plans(location_id, status);
CREATE INDEX action_plans_by_status ON action_plans(status, due_on);

-- The staff-facing text of a shared plan, one per configured language (at most 140 characters).
CREATE TABLE action_plan_staff_texts (
  plan_id  INTEGER NOT NULL REFERENCES action_plans(id) ON DELETE CASCADE,
  language TEXT NOT NULL,
  text     TEXT NOT NULL,
  PRIMARY KEY (plan_id, language)
) WITHOUT ROWID;

CREATE TABLE action_plan_notes (
  id        INTEGER PRIMARY KEY,
  plan_id   INTEGER NOT NULL REFERENCES action_plans(id) ON DELETE CASCADE,
  noted_on  TEXT NOT NULL,  -- the date the progress happened
  author_id INTEGER NOT NULL REFERENCES users(id),
  text      TEXT NOT NULL
);
CREATE INDEX action_plan_notes_by_plan ON action_plan_notes(plan_id, noted_on);

-- Every change to a plan: who, when (unix seconds of the request), and what in plain words.
CREATE TABLE action_plan_history (
  id         INTEGER PRIMARY KEY,
  plan_id    INTEGER NOT NULL REFERENCES action_plans(id) ON DELETE CASCADE,
  user_id    INTEGER NOT NULL REFERENCES users(id),
  changed_at INTEGER NOT NULL,
  what       TEXT NOT NULL
);
CREATE INDEX action_plan_history_by_plan ON action_plan_history(plan_id, id);
