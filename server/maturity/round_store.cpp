#include "server/maturity/round_store.h"

#include "calendar/calendar.h"
#include "server/maturity/maturity_scoring.h"
#include "server/maturity/questionnaire.h"
#include "server/plans/change_log.h"
#include "server/plans/plan_store.h"

#include <map>
#include <set>
#include <string>
#include <tuple>

namespace storepulse::maturity {
namespace {

constexpr const char* round_columns =
    "SELECT r.id, r.scope, COALESCE(r.location_id, 0), COALESCE(l.code, ''), COALESCE(l.name, ''), "
    "COALESCE(l.region, r.region, ''), COALESCE(u.username, ''), r.opened_on, r.status, COALESCE(r.agreed_stage, 0), "
    "COALESCE(r.closing_note, ''), COALESCE(r.closed_on, '') FROM maturity_rounds r "
    "LEFT JOIN locations l ON l.id = r.location_id LEFT JOIN users u ON u.id = r.opened_by ";

v1::MaturityRound read_round(const storage::statement& row) {
  v1::MaturityRound round;
  round.set_id(row.column_int64(0));
  round.set_scope(plans::scope_of(row.column_text(1)));
  round.set_location_id(row.column_int64(2));
  round.set_location_code(row.column_text(3));
  round.set_location_name(row.column_text(4));
  round.set_region(row.column_text(5));
  round.set_opened_by(row.column_text(6));
  round.set_opened_on(row.column_text(7));
  round.set_status(row.column_text(8) == "closed" ? v1::MATURITY_ROUND_STATUS_CLOSED : v1::MATURITY_ROUND_STATUS_OPEN);
  round.set_agreed_stage(static_cast<v1::MaturityStage>(row.column_int(9)));
  round.set_closing_note(row.column_text(10));
  round.set_closed_on(row.column_text(11));
  round.set_items(questionnaire().items_size());
  return round;
}

void add_assessors(storage::database& db, const auth::principal& who, v1::MaturityRound& round) {
  auto rows = db.prepare(
      "SELECT a.user_id, COALESCE(u.username, ''), COALESCE(u.role, ''), "
      "(SELECT COUNT(*) FROM maturity_answers m WHERE m.round_id = a.round_id AND m.user_id = a.user_id) "
      "FROM maturity_assessors a LEFT JOIN users u ON u.id = a.user_id WHERE a.round_id = ?1 ORDER BY a.position");
  rows.bind(1, round.id());
  while (rows.step()) {
    auto& assessor = *round.add_assessors();
    assessor.set_user_id(rows.column_int64(0));
    assessor.set_username(rows.column_text(1));
    assessor.set_role(rows.column_text(2));
    assessor.set_answered(rows.column_int(3));
    if (assessor.user_id() == who.user_id) round.set_invited(true);
  }
}

// Returns true when the caller sees the round: HR every round, others the rounds they assess.
bool may_see(const auth::principal& who, const v1::MaturityRound& round) {
  return who.user_role == auth::role::hr_admin || (who.user_role == auth::role::manager && round.invited());
}

// Returns the words naming a round's scope: "store N01", "region North", "the organisation".
std::string scope_words(const v1::MaturityRound& round) {
  if (round.scope() == v1::SCOPE_KIND_LOCATION) return "store " + round.location_code();
  if (round.scope() == v1::SCOPE_KIND_REGION) return "region " + round.region();
  return "the organisation";
}

// Returns the round when the caller may see it, or the refusal: 404 when not.
std::variant<v1::MaturityRound, plan_error> visible_round(storage::database& db, const auth::principal& who,
                                                          std::int64_t id) {
  auto round = load_round(db, who, id);
  if (!round) return plan_error{404, "", "No such round."};
  return std::move(*round);
}

// Returns why an invited user may not assess a round of this scope, or nullopt.
std::optional<plan_error> check_assessor(storage::database& db, const v1::MaturityRoundDraft& draft, int index) {
  const std::string field = "assessorIds[" + std::to_string(index) + "]";
  auto user = db.prepare("SELECT role, active FROM users WHERE id = ?1");
  user.bind(1, draft.assessor_ids(index));
  if (!user.step() || user.column_int(1) == 0) return plan_error{422, field, field + " names no active user."};
  const auto role = user.column_text(0);
  if (role == "hr_admin") return std::nullopt;
  if (role != "manager") return plan_error{422, field, field + " is not an HR admin or a manager."};
  if (draft.scope() == v1::SCOPE_KIND_ORGANISATION)
    return plan_error{422, field, field + " is a manager: the organisation's round is for HR admins."};
  auto covers = db.prepare(draft.scope() == v1::SCOPE_KIND_REGION
                               ? "SELECT 1 FROM user_locations ul JOIN locations l ON l.id = ul.location_id "
                                 "WHERE ul.user_id = ?1 AND l.region = ?2"
                               : "SELECT 1 FROM user_locations WHERE user_id = ?1 AND location_id = ?3");
  covers.bind(1, draft.assessor_ids(index));
  if (draft.scope() == v1::SCOPE_KIND_REGION)
    covers.bind(2, draft.region());
  else
    covers.bind(3, draft.location_id());
  if (!covers.step()) return plan_error{422, field, field + " is a manager who does not cover this scope."};
  return std::nullopt;
}

}  // namespace

std::vector<v1::MaturityRound> list_rounds(storage::database& db, const auth::principal& who) {
  std::vector<v1::MaturityRound> out;
  auto rows = db.prepare(std::string(round_columns) + "ORDER BY r.opened_on DESC, r.id DESC");
  while (rows.step()) {
    auto round = read_round(rows);
    add_assessors(db, who, round);
    if (may_see(who, round)) out.push_back(std::move(round));
  }
  return out;
}

std::optional<v1::MaturityRound> load_round(storage::database& db, const auth::principal& who, std::int64_t id) {
  auto row = db.prepare(std::string(round_columns) + "WHERE r.id = ?1");
  row.bind(1, id);
  if (!row.step()) return std::nullopt;
  auto round = read_round(row);
  add_assessors(db, who, round);
  if (!may_see(who, round)) return std::nullopt;
  plans::add_changes(db, plans::maturity_round_changes, id, true, *round.mutable_history());
  return round;
}

std::vector<v1::MaturityDue> round_dues(storage::database& db, const auth::principal& who, int today) {
  // Every scope's last closed round and open round, from all rounds: a manager's list is then cut
  // to the scopes of the rounds they see.
  using scope_key = std::tuple<int, std::int64_t, std::string>;
  std::map<scope_key, v1::MaturityDue> by_scope;
  std::set<scope_key> visible;
  auto rows = db.prepare(std::string(round_columns) + "ORDER BY r.id");
  while (rows.step()) {
    auto round = read_round(rows);
    add_assessors(db, who, round);
    scope_key key{round.scope(), round.location_id(), round.scope() == v1::SCOPE_KIND_REGION ? round.region() : ""};
    if (may_see(who, round)) visible.insert(key);
    auto& due = by_scope[key];
    due.set_scope(round.scope());
    due.set_location_id(round.location_id());
    due.set_location_name(round.location_name());
    due.set_region(round.region());
    if (round.status() == v1::MATURITY_ROUND_STATUS_OPEN) due.set_open_round_id(round.id());
    if (round.status() == v1::MATURITY_ROUND_STATUS_CLOSED && round.closed_on() > due.last_closed_on())
      due.set_last_closed_on(round.closed_on());
  }
  std::vector<v1::MaturityDue> out;
  for (auto& [key, due] : by_scope) {
    if (!visible.count(key) || due.last_closed_on().empty()) continue;
    const int due_day = next_round_due(calendar::parse_date(due.last_closed_on()).value_or(today));
    due.set_due_on(calendar::format_date(due_day));
    due.set_overdue(due_day < today && due.open_round_id() == 0);
    out.push_back(std::move(due));
  }
  return out;
}

std::optional<plan_error> check_round_draft(const v1::MaturityRoundDraft& draft) {
  switch (draft.scope()) {
    case v1::SCOPE_KIND_UNSPECIFIED:
    case v1::SCOPE_KIND_LOCATION:
      if (draft.location_id() <= 0) return plan_error{422, "locationId", "locationId is a store id."};
      if (!draft.region().empty()) return plan_error{422, "region", "region is empty for a store's round."};
      break;
    case v1::SCOPE_KIND_REGION:
      if (auto e = plans::check_text("region", draft.region(), 80)) return e;
      if (draft.location_id() != 0) return plan_error{422, "locationId", "locationId is 0 for a region's round."};
      break;
    case v1::SCOPE_KIND_ORGANISATION:
      if (draft.location_id() != 0 || !draft.region().empty())
        return plan_error{422, "scope", "The organisation's round names no store or region."};
      break;
    default:
      return plan_error{422, "scope", "scope is SCOPE_KIND_LOCATION, SCOPE_KIND_REGION or SCOPE_KIND_ORGANISATION."};
  }
  if (draft.assessor_ids_size() == 0) return plan_error{422, "assessorIds", "assessorIds names at least one assessor."};
  if (draft.assessor_ids_size() > max_assessors)
    return plan_error{422, "assessorIds", "assessorIds names at most " + std::to_string(max_assessors) + " assessors."};
  for (int i = 0; i < draft.assessor_ids_size(); ++i) {
    const std::string field = "assessorIds[" + std::to_string(i) + "]";
    if (draft.assessor_ids(i) <= 0) return plan_error{422, field, field + " is a user id."};
    for (int j = 0; j < i; ++j)
      if (draft.assessor_ids(j) == draft.assessor_ids(i)) return plan_error{422, field, field + " is given twice."};
  }
  return std::nullopt;
}

std::variant<std::int64_t, plan_error> open_round(storage::database& db, const auth::principal& who,
                                                  const v1::MaturityRoundDraft& draft, std::int64_t now) {
  if (who.user_role != auth::role::hr_admin) return plan_error{403, "", "Only HR opens a round."};
  if (auto e = check_round_draft(draft)) return *e;
  const auto scope = draft.scope() == v1::SCOPE_KIND_UNSPECIFIED ? v1::SCOPE_KIND_LOCATION : draft.scope();
  v1::MaturityRoundDraft normal = draft;
  normal.set_scope(scope);
  std::string code;
  if (scope == v1::SCOPE_KIND_LOCATION) {
    auto store = db.prepare("SELECT code FROM locations WHERE id = ?1");
    store.bind(1, draft.location_id());
    if (!store.step()) return plan_error{422, "locationId", "locationId names no store."};
    code = store.column_text(0);
  } else if (scope == v1::SCOPE_KIND_REGION) {
    auto region = db.prepare("SELECT 1 FROM locations WHERE region = ?1");
    region.bind(1, draft.region());
    if (!region.step()) return plan_error{422, "region", "region names no region of the store list."};
  }
  auto open = db.prepare(
      "SELECT id FROM maturity_rounds WHERE status = 'open' AND scope = ?1 AND COALESCE(location_id, 0) = ?2 "
      "AND COALESCE(region, '') = ?3");
  open.bind(1, plans::scope_text(scope)).bind(2, draft.location_id()).bind(3, draft.region());
  if (open.step())
    return plan_error{409, "", "Round " + std::to_string(open.column_int64(0)) + " is still open for this scope."};
  std::string names;
  for (int i = 0; i < draft.assessor_ids_size(); ++i) {
    if (auto e = check_assessor(db, normal, i)) return *e;
  }

  auto insert = db.prepare(
      "INSERT INTO maturity_rounds(scope, location_id, region, opened_by, opened_on) VALUES (?1, ?2, ?3, ?4, ?5)");
  plans::bind_scope(insert, scope, draft.location_id(), draft.region());
  insert.bind(4, who.user_id).bind(5, calendar::format_date(static_cast<int>(now / 86400)));
  insert.run();
  const auto id = db.last_insert_rowid();
  for (int i = 0; i < draft.assessor_ids_size(); ++i) {
    db.prepare("INSERT INTO maturity_assessors(round_id, user_id, position) VALUES (?1, ?2, ?3)")
        .bind(1, id)
        .bind(2, draft.assessor_ids(i))
        .bind(3, i)
        .run();
    auto name = db.prepare("SELECT username FROM users WHERE id = ?1");
    name.bind(1, draft.assessor_ids(i));
    name.step();
    names += (names.empty() ? "" : ", ") + name.column_text(0);
  }
  v1::MaturityRound opened;
  opened.set_scope(scope);
  opened.set_location_code(code);
  opened.set_region(draft.region());
  plans::record_change(db, plans::maturity_round_changes, id, who.user_id, now,
                       "opened the round for " + scope_words(opened) + " with assessors " + names);
  return id;
}

std::variant<v1::MaturityAnswerSet, plan_error> load_answers(storage::database& db, const auth::principal& who,
                                                             std::int64_t id) {
  auto round = visible_round(db, who, id);
  if (auto* e = std::get_if<plan_error>(&round)) return *e;
  if (!std::get<v1::MaturityRound>(round).invited())
    return plan_error{403, "", "Only the round's assessors answer it."};
  v1::MaturityAnswerSet set;
  set.set_round_id(id);
  auto rows = db.prepare(
      "SELECT item_key, stage, evidence FROM maturity_answers WHERE round_id = ?1 AND user_id = ?2 ORDER BY item_key");
  rows.bind(1, id).bind(2, who.user_id);
  while (rows.step()) {
    auto& answer = *set.add_answers();
    answer.set_item_key(rows.column_text(0));
    answer.set_stage(static_cast<v1::MaturityStage>(rows.column_int(1)));
    answer.set_evidence(rows.column_text(2));
  }
  return set;
}

std::optional<plan_error> check_answers(const v1::MaturityAnswerSet& answers) {
  const auto& q = questionnaire();
  if (answers.answers_size() > q.items_size())
    return plan_error{422, "answers", "answers holds at most one answer per item."};
  for (int i = 0; i < answers.answers_size(); ++i) {
    const auto& answer = answers.answers(i);
    const std::string field = "answers[" + std::to_string(i) + "]";
    if (!find_item(q, answer.item_key())) return plan_error{422, field + ".itemKey", field + ".itemKey names no item."};
    if (answer.stage() < v1::MATURITY_STAGE_IGNORE || answer.stage() > v1::MATURITY_STAGE_EMBED)
      return plan_error{422, field + ".stage",
                        field + ".stage is a stage from MATURITY_STAGE_IGNORE to MATURITY_STAGE_EMBED."};
    if (auto e = plans::check_text(field + ".evidence", answer.evidence(), max_evidence_chars, true, true)) return e;
    for (int j = 0; j < i; ++j)
      if (answers.answers(j).item_key() == answer.item_key())
        return plan_error{422, field + ".itemKey", field + ".itemKey is given twice."};
  }
  return std::nullopt;
}

std::optional<plan_error> save_answers(storage::database& db, const auth::principal& who, std::int64_t id,
                                       const v1::MaturityAnswerSet& answers, std::int64_t now) {
  auto found = visible_round(db, who, id);
  if (auto* e = std::get_if<plan_error>(&found)) return *e;
  const auto& round = std::get<v1::MaturityRound>(found);
  if (!round.invited()) return plan_error{403, "", "Only the round's assessors answer it."};
  if (round.status() != v1::MATURITY_ROUND_STATUS_OPEN) return plan_error{409, "", "The round is closed."};
  if (auto e = check_answers(answers)) return e;
  const auto today = calendar::format_date(static_cast<int>(now / 86400));
  int with_evidence = 0;
  for (const auto& answer : answers.answers()) {
    db.prepare(
          "INSERT INTO maturity_answers(round_id, user_id, item_key, stage, evidence, answered_on) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(round_id, user_id, item_key) DO UPDATE SET "
          "stage = excluded.stage, evidence = excluded.evidence, answered_on = excluded.answered_on")
        .bind(1, id)
        .bind(2, who.user_id)
        .bind(3, answer.item_key())
        .bind(4, static_cast<int>(answer.stage()))
        .bind(5, answer.evidence())
        .bind(6, today)
        .run();
    if (!answer.evidence().empty()) ++with_evidence;
  }
  plans::record_change(db, plans::maturity_round_changes, id, who.user_id, now,
                       "answered " + std::to_string(answers.answers_size()) + " items (" +
                           std::to_string(with_evidence) + " with evidence)");
  return std::nullopt;
}

std::optional<plan_error> check_closing(const v1::MaturityClosing& closing) {
  if (closing.agreed_stage() < v1::MATURITY_STAGE_IGNORE || closing.agreed_stage() > v1::MATURITY_STAGE_EMBED)
    return plan_error{422, "agreedStage", "agreedStage is a stage from MATURITY_STAGE_IGNORE to MATURITY_STAGE_EMBED."};
  return plans::check_text("note", closing.note(), max_closing_note_chars, true);
}

std::optional<plan_error> close_round(storage::database& db, const auth::principal& who, std::int64_t id,
                                      const v1::MaturityClosing& closing, std::int64_t now) {
  if (who.user_role != auth::role::hr_admin) return plan_error{403, "", "Only HR closes a round."};
  auto found = visible_round(db, who, id);
  if (auto* e = std::get_if<plan_error>(&found)) return *e;
  const auto& round = std::get<v1::MaturityRound>(found);
  if (round.status() != v1::MATURITY_ROUND_STATUS_OPEN) return plan_error{409, "", "The round is closed already."};
  if (auto e = check_closing(closing)) return e;
  bool answered = false;
  for (const auto& assessor : round.assessors()) answered = answered || assessor.answered() > 0;
  if (!answered) return plan_error{409, "", "Nobody has answered yet."};
  db.prepare(
        "UPDATE maturity_rounds SET status = 'closed', agreed_stage = ?2, closing_note = ?3, closed_on = ?4 "
        "WHERE id = ?1")
      .bind(1, id)
      .bind(2, static_cast<int>(closing.agreed_stage()))
      .bind(3, closing.note())
      .bind(4, calendar::format_date(static_cast<int>(now / 86400)))
      .run();
  plans::record_change(db, plans::maturity_round_changes, id, who.user_id, now,
                       "closed the round at stage " + v1::MaturityStage_Name(closing.agreed_stage()));
  return std::nullopt;
}

std::variant<v1::MaturityResults, plan_error> round_results(storage::database& db, const auth::principal& who,
                                                            std::int64_t id) {
  auto found = visible_round(db, who, id);
  if (auto* e = std::get_if<plan_error>(&found)) return *e;
  v1::MaturityResults results;
  *results.mutable_round() = std::move(std::get<v1::MaturityRound>(found));
  const auto& round = results.round();

  const auto& q = questionnaire();
  std::vector<scored_item> items;
  for (const auto& item : q.items()) items.push_back({item.key(), item.competency()});
  std::vector<int> competencies;
  for (const auto& c : q.competencies()) competencies.push_back(c.competency());
  std::vector<assessor_answers> assessors;
  std::map<std::string, std::map<std::string, std::string>> evidence;  // item key -> username -> note
  for (const auto& assessor : round.assessors()) {
    assessor_answers answers{assessor.username(), {}};
    auto rows =
        db.prepare("SELECT item_key, stage, evidence FROM maturity_answers WHERE round_id = ?1 AND user_id = ?2");
    rows.bind(1, id).bind(2, assessor.user_id());
    while (rows.step()) {
      answers.stages[rows.column_text(0)] = rows.column_int(1);
      evidence[rows.column_text(0)][assessor.username()] = rows.column_text(2);
    }
    assessors.push_back(std::move(answers));
  }

  const auto scores = score_round(items, competencies, assessors);
  for (const auto& c : scores.competencies) {
    auto& out = *results.add_competencies();
    out.set_competency(static_cast<v1::MaturityCompetency>(c.competency));
    for (std::size_t i = 0; i < c.by_assessor.size(); ++i) {
      auto& score = *out.add_assessors();
      score.set_username(assessors[i].assessor);
      if (c.by_assessor[i]) score.set_score(*c.by_assessor[i]);
    }
    if (c.consensus) out.set_consensus(*c.consensus);
  }
  for (const auto& item : scores.items) {
    auto& out = *results.add_items();
    out.set_item_key(item.key);
    out.set_competency(static_cast<v1::MaturityCompetency>(item.competency));
    out.set_answers(item.answers);
    out.set_lowest(static_cast<v1::MaturityStage>(item.lowest));
    out.set_highest(static_cast<v1::MaturityStage>(item.highest));
    out.set_spread(item.spread());
    for (const auto& assessor : assessors) {
      auto stage = assessor.stages.find(item.key);
      if (stage == assessor.stages.end()) continue;
      auto& by = *out.add_by_assessor();
      by.set_username(assessor.assessor);
      by.set_stage(static_cast<v1::MaturityStage>(stage->second));
      by.set_evidence(evidence[item.key][assessor.assessor]);
    }
  }
  for (const auto& key : scores.widest_spread) results.add_widest_spread(key);
  if (scores.overall_score) results.set_overall_score(*scores.overall_score);
  results.set_overall_stage(static_cast<v1::MaturityStage>(scores.overall_stage));
  return results;
}

}  // namespace storepulse::maturity
