#include "server/plans/plan_store.h"

#include "calendar/calendar.h"
#include "server/plans/change_log.h"
#include "server/plans/plan_target.h"

#include <algorithm>
#include <ctime>
#include <map>

namespace storepulse::plans {
namespace {

constexpr const char* plan_columns =
    "SELECT p.id, p.scope, p.location_id, l.code, l.name, COALESCE(l.region, p.region, ''), p.title, p.target_kind, "
    "p.target_key, p.owner_id, COALESCE(u.username, ''), p.start_on, p.due_on, p.status, p.ended_on, p.shared, "
    "p.created_on, p.updated_on, (SELECT COUNT(*) FROM action_plan_notes n WHERE n.plan_id = p.id) "
    "FROM action_plans p LEFT JOIN locations l ON l.id = p.location_id LEFT JOIN users u ON u.id = p.owner_id ";

std::string id_list(const std::vector<std::int64_t>& ids) {
  std::string out;
  for (auto id : ids) out += (out.empty() ? "" : ",") + std::to_string(id);
  return out;
}

// The SQL condition on p for the plans a caller may see.
std::string visible_clause(const auth::principal& who) {
  if (who.user_role == auth::role::hr_admin) return "1";
  if (who.user_role != auth::role::manager) return "0";
  auto ids = id_list(who.location_ids);
  return "(p.scope = 'organisation' OR (p.scope = 'location' AND p.location_id IN (" + ids +
         ")) OR (p.scope = 'region' AND p.region IN (SELECT region FROM locations WHERE id IN (" + ids + "))))";
}

v1::ActionPlan read_plan(storage::database& db, const storage::statement& row, const auth::principal& who, int today) {
  v1::ActionPlan plan;
  plan.set_id(row.column_int64(0));
  plan.set_scope(scope_of(row.column_text(1)));
  if (!row.column_is_null(2)) {
    plan.set_location_id(row.column_int64(2));
    plan.set_location_code(row.column_text(3));
    plan.set_location_name(row.column_text(4));
  }
  plan.set_region(row.column_text(5));
  plan.set_title(row.column_text(6));
  *plan.mutable_target() = labelled(db, from_stored({row.column_text(7), row.column_text(8)}));
  plan.set_owner_id(row.column_int64(9));
  plan.set_owner(row.column_text(10));
  plan.set_start_on(row.column_text(11));
  plan.set_due_on(row.column_text(12));
  plan.set_status(status_of_text(row.column_text(13)));
  if (!row.column_is_null(14)) plan.set_ended_on(row.column_text(14));
  plan.set_shared(row.column_int(15) != 0);
  plan.set_created_on(row.column_text(16));
  plan.set_updated_on(row.column_text(17));
  plan.set_note_count(static_cast<std::uint32_t>(row.column_int64(18)));
  const bool open = plan.status() == v1::PLAN_STATUS_PLANNED || plan.status() == v1::PLAN_STATUS_IN_PROGRESS;
  plan.set_overdue(open && plan.due_on() < calendar::format_date(today));
  plan.set_may_edit(may_edit(who, plan.scope(), plan.location_id()));
  return plan;
}

void record(storage::database& db, std::int64_t plan_id, const auth::principal& who, std::int64_t now,
            const std::string& what) {
  record_change(db, plan_changes, plan_id, who.user_id, now, what);
}

// The stored fields a write needs, read on the writer's connection.
struct plan_head {
  v1::ScopeKind scope = v1::SCOPE_KIND_LOCATION;
  std::int64_t location_id = 0;
  std::string region, title, target_kind, target_key, start_on, due_on, status;
  std::int64_t owner_id = 0;
  bool shared = false;
};

// Returns the plan for a write, or the error a caller who may not see or change it gets.
std::variant<plan_head, plan_error> head_for_write(storage::database& db, const auth::principal& who, std::int64_t id) {
  auto stmt = db.prepare(
      "SELECT p.scope, COALESCE(p.location_id, 0), COALESCE(p.region, ''), p.title, p.target_kind, "
      "p.target_key, p.start_on, p.due_on, p.status, p.owner_id, p.shared FROM action_plans p "
      "WHERE p.id = ?1 AND " +
      visible_clause(who));
  stmt.bind(1, id);
  if (!stmt.step()) return plan_error{404, "", "No such plan."};
  plan_head head;
  head.scope = scope_of(stmt.column_text(0));
  head.location_id = stmt.column_int64(1);
  head.region = stmt.column_text(2);
  head.title = stmt.column_text(3);
  head.target_kind = stmt.column_text(4);
  head.target_key = stmt.column_text(5);
  head.start_on = stmt.column_text(6);
  head.due_on = stmt.column_text(7);
  head.status = stmt.column_text(8);
  head.owner_id = stmt.column_int64(9);
  head.shared = stmt.column_int(10) != 0;
  if (!may_edit(who, head.scope, head.location_id))
    return plan_error{403, "", "Only HR changes a region's or the organisation's plans."};
  return head;
}

std::string username(storage::database& db, std::int64_t user_id) {
  auto stmt = db.prepare("SELECT username FROM users WHERE id = ?1");
  stmt.bind(1, user_id);
  return stmt.step() ? stmt.column_text(0) : "user " + std::to_string(user_id);
}

// Checks what a draft refers to in the database: the store or region, the owner, the question,
// the staff text languages, and the caller's scope.
std::optional<plan_error> check_references(storage::database& db, const auth::principal& who,
                                           const v1::PlanDraft& draft, v1::ScopeKind scope) {
  if (scope == v1::SCOPE_KIND_LOCATION) {
    auto stmt = db.prepare("SELECT 1 FROM locations WHERE id = ?1");
    stmt.bind(1, draft.location_id());
    if (!stmt.step() || !who.may_see_location(draft.location_id()))
      return plan_error{who.user_role == auth::role::hr_admin ? 422 : 403, "locationId",
                        who.user_role == auth::role::hr_admin ? "locationId names no store."
                                                              : "This location is outside your scope."};
  } else if (who.user_role != auth::role::hr_admin) {
    return plan_error{403, "scope", "Managers plan for their own stores; HR plans for regions and the organisation."};
  }
  if (scope == v1::SCOPE_KIND_REGION) {
    auto stmt = db.prepare("SELECT 1 FROM locations WHERE region = ?1");
    stmt.bind(1, draft.region());
    if (!stmt.step()) return plan_error{422, "region", "region names no region of the store list."};
  }
  bool owner_ok = false;
  for (const auto& owner : plan_owners(db, scope == v1::SCOPE_KIND_LOCATION ? draft.location_id() : 0))
    owner_ok = owner_ok || owner.id() == draft.owner_id();
  if (!owner_ok)
    return plan_error{422, "ownerId",
                      scope == v1::SCOPE_KIND_LOCATION ? "ownerId is not HR or a manager of this store."
                                                       : "ownerId is not an HR admin."};
  if (draft.target().kind() == v1::PLAN_TARGET_KIND_QUESTION) {
    auto stmt = db.prepare("SELECT type FROM questions WHERE key = ?1");
    stmt.bind(1, draft.target().question_key());
    if (!stmt.step()) return plan_error{422, "target.questionKey", "target.questionKey names no question."};
    auto type = static_cast<v1::QuestionType>(stmt.column_int(0));
    if (type == v1::QUESTION_TYPE_LIMIT_BAND)
      return plan_error{422, "target.questionKey",
                        "target.questionKey has no score; address the believed vs real limit figure instead."};
  }
  auto languages = configured_languages(db);
  for (int i = 0; i < draft.staff_texts_size(); ++i)
    if (!languages.empty() &&
        std::find(languages.begin(), languages.end(), draft.staff_texts(i).language()) == languages.end())
      return plan_error{422, "staffTexts[" + std::to_string(i) + "].language",
                        "staffTexts[" + std::to_string(i) + "].language is not a configured language."};
  if (draft.shared()) {
    for (const auto& language : languages) {
      bool found = false;
      for (const auto& text : draft.staff_texts())
        found = found || (text.language() == language && !text.text().empty());
      if (!found)
        return plan_error{422, "staffTexts",
                          "staffTexts needs a text in " + language + " to share the plan with staff."};
    }
  }
  return std::nullopt;
}

void write_staff_texts(storage::database& db, std::int64_t plan_id, const v1::PlanDraft& draft) {
  db.prepare("DELETE FROM action_plan_staff_texts WHERE plan_id = ?1").bind(1, plan_id).run();
  auto insert = db.prepare("INSERT INTO action_plan_staff_texts(plan_id, language, text) VALUES (?1, ?2, ?3)");
  for (const auto& text : draft.staff_texts()) {
    if (text.text().empty()) continue;
    insert.bind(1, plan_id).bind(2, text.language()).bind(3, text.text());
    insert.run();
  }
}

std::map<std::string, std::string> staff_texts(storage::database& db, std::int64_t plan_id) {
  std::map<std::string, std::string> texts;
  auto stmt = db.prepare("SELECT language, text FROM action_plan_staff_texts WHERE plan_id = ?1");
  stmt.bind(1, plan_id);
  while (stmt.step()) texts[stmt.column_text(0)] = stmt.column_text(1);
  return texts;
}

std::string target_words(storage::database& db, const v1::PlanTarget& target) { return labelled(db, target).label(); }

}  // namespace

v1::ScopeKind scope_of(const std::string& text) {
  return text == "location" ? v1::SCOPE_KIND_LOCATION
         : text == "region" ? v1::SCOPE_KIND_REGION
                            : v1::SCOPE_KIND_ORGANISATION;
}

std::string scope_text(v1::ScopeKind scope) {
  return scope == v1::SCOPE_KIND_REGION ? "region" : scope == v1::SCOPE_KIND_ORGANISATION ? "organisation" : "location";
}

void bind_scope(storage::statement& insert, v1::ScopeKind scope, std::int64_t location_id, const std::string& region) {
  insert.bind(1, scope_text(scope));
  if (scope == v1::SCOPE_KIND_LOCATION)
    insert.bind(2, location_id);
  else
    insert.bind_null(2);
  if (scope == v1::SCOPE_KIND_REGION)
    insert.bind(3, region);
  else
    insert.bind_null(3);
}

std::string format_instant(std::int64_t unix_seconds) {
  std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

bool may_edit(const auth::principal& who, v1::ScopeKind scope, std::int64_t location_id) {
  if (who.user_role == auth::role::hr_admin) return true;
  return who.user_role == auth::role::manager && scope == v1::SCOPE_KIND_LOCATION && who.may_see_location(location_id);
}

std::vector<std::string> configured_languages(storage::database& db) {
  std::vector<std::string> languages;
  auto stmt = db.prepare("SELECT code FROM languages ORDER BY position, code");
  while (stmt.step()) languages.push_back(stmt.column_text(0));
  return languages;
}

std::vector<v1::PlanOwner> plan_owners(storage::database& db, std::int64_t location_id) {
  std::vector<v1::PlanOwner> owners;
  auto stmt = db.prepare(
      "SELECT u.id, u.username, u.role FROM users u WHERE u.active = 1 AND (u.role = 'hr_admin' OR "
      "(u.role = 'manager' AND EXISTS (SELECT 1 FROM user_locations ul WHERE ul.user_id = u.id AND ul.location_id = "
      "?1))) "
      "ORDER BY u.role DESC, u.username");
  stmt.bind(1, location_id);
  while (stmt.step()) {
    v1::PlanOwner owner;
    owner.set_id(stmt.column_int64(0));
    owner.set_username(stmt.column_text(1));
    owner.set_role(stmt.column_text(2));
    owners.push_back(std::move(owner));
  }
  return owners;
}

std::vector<v1::ActionPlan> list_plans(storage::database& db, const auth::principal& who, const plan_filter& filter,
                                       int today) {
  std::string sql = std::string(plan_columns) + "WHERE " + visible_clause(who);
  if (filter.location_id > 0) sql += " AND p.location_id = ?1";
  if (!filter.region.empty()) sql += " AND COALESCE(l.region, p.region) = ?2";
  if (filter.status == "open")
    sql += " AND p.status IN ('planned', 'in_progress')";
  else if (!filter.status.empty())
    sql += " AND p.status = ?3";
  if (filter.owner_id > 0) sql += " AND p.owner_id = ?4";
  sql += " ORDER BY COALESCE(l.region, p.region, ''), COALESCE(l.code, ''), p.due_on, p.id";
  auto stmt = db.prepare(sql);
  if (filter.location_id > 0) stmt.bind(1, filter.location_id);
  if (!filter.region.empty()) stmt.bind(2, filter.region);
  if (!filter.status.empty() && filter.status != "open") stmt.bind(3, filter.status);
  if (filter.owner_id > 0) stmt.bind(4, filter.owner_id);
  std::vector<v1::ActionPlan> plans;
  while (stmt.step()) plans.push_back(read_plan(db, stmt, who, today));
  return plans;
}

std::optional<v1::ActionPlan> load_plan(storage::database& db, const auth::principal& who, std::int64_t id, int today) {
  auto stmt = db.prepare(std::string(plan_columns) + "WHERE p.id = ?1 AND " + visible_clause(who));
  stmt.bind(1, id);
  if (!stmt.step()) return std::nullopt;
  auto plan = read_plan(db, stmt, who, today);
  auto texts = staff_texts(db, id);
  for (const auto& language : configured_languages(db)) {
    auto found = texts.find(language);
    if (found == texts.end()) continue;
    auto& text = *plan.add_staff_texts();
    text.set_language(language);
    text.set_text(found->second);
  }
  auto notes = db.prepare(
      "SELECT n.id, n.noted_on, COALESCE(u.username, ''), n.text FROM action_plan_notes n "
      "LEFT JOIN users u ON u.id = n.author_id WHERE n.plan_id = ?1 ORDER BY n.noted_on DESC, n.id DESC");
  notes.bind(1, id);
  while (notes.step()) {
    auto& note = *plan.add_notes();
    note.set_id(notes.column_int64(0));
    note.set_noted_on(notes.column_text(1));
    note.set_author(notes.column_text(2));
    note.set_text(notes.column_text(3));
  }
  add_changes(db, plan_changes, id, true, *plan.mutable_history());
  return plan;
}

std::variant<std::int64_t, plan_error> create_plan(storage::database& db, const auth::principal& who,
                                                   const v1::PlanDraft& draft, std::int64_t now) {
  if (who.user_role != auth::role::hr_admin && who.user_role != auth::role::manager)
    return plan_error{403, "", "Your role may not do this."};
  if (auto e = check_draft(draft)) return *e;
  auto scope = draft.scope() == v1::SCOPE_KIND_UNSPECIFIED ? v1::SCOPE_KIND_LOCATION : draft.scope();
  if (auto e = check_references(db, who, draft, scope)) return *e;
  auto open = db.prepare(
      "SELECT COUNT(*) FROM action_plans WHERE scope = ?1 AND COALESCE(location_id, 0) = ?2 "
      "AND COALESCE(region, '') = ?3 AND status IN ('planned', 'in_progress')");
  open.bind(1, scope_text(scope))
      .bind(2, scope == v1::SCOPE_KIND_LOCATION ? draft.location_id() : 0)
      .bind(3, scope == v1::SCOPE_KIND_REGION ? draft.region() : "");
  open.step();
  if (open.column_int64(0) >= max_open_plans_per_scope)
    return plan_error{409, "",
                      "This store already has " + std::to_string(max_open_plans_per_scope) +
                          " open plans: finish or drop one first."};
  auto target = *to_stored(draft.target());
  auto today = calendar::format_date(static_cast<int>(now / 86400));
  auto insert = db.prepare(
      "INSERT INTO action_plans(scope, location_id, region, title, target_kind, target_key, owner_id, start_on, "
      "due_on, shared, created_by, created_on, updated_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
      "?12)");
  bind_scope(insert, scope, draft.location_id(), draft.region());
  insert.bind(4, draft.title())
      .bind(5, target.kind)
      .bind(6, target.key)
      .bind(7, draft.owner_id())
      .bind(8, draft.start_on())
      .bind(9, draft.due_on())
      .bind(10, draft.shared() ? 1 : 0)
      .bind(11, who.user_id)
      .bind(12, today);
  insert.run();
  auto id = db.last_insert_rowid();
  write_staff_texts(db, id, draft);
  record(db, id, who, now,
         "Created \"" + draft.title() + "\" on " + target_words(db, draft.target()) + ", owner " +
             username(db, draft.owner_id()) + ", " + draft.start_on() + " to " + draft.due_on() +
             (draft.shared() ? ", shared with staff" : ""));
  return id;
}

std::optional<plan_error> update_plan(storage::database& db, const auth::principal& who, std::int64_t id,
                                      const v1::PlanDraft& draft, std::int64_t now) {
  auto found = head_for_write(db, who, id);
  if (auto* e = std::get_if<plan_error>(&found)) return *e;
  const auto& head = std::get<plan_head>(found);
  v1::PlanDraft full = draft;
  // Scope, store and region stay; a draft naming others is refused.
  if (draft.scope() != v1::SCOPE_KIND_UNSPECIFIED && draft.scope() != head.scope)
    return plan_error{422, "scope", "scope cannot change; start a new plan instead."};
  if (draft.location_id() != 0 && draft.location_id() != head.location_id)
    return plan_error{422, "locationId", "locationId cannot change; start a new plan instead."};
  if (!draft.region().empty() && draft.region() != head.region)
    return plan_error{422, "region", "region cannot change; start a new plan instead."};
  full.set_scope(head.scope);
  full.set_location_id(head.location_id);
  full.set_region(head.region);
  if (auto e = check_draft(full)) return *e;
  if (auto e = check_references(db, who, full, head.scope)) return *e;

  std::vector<std::string> changes;
  if (full.title() != head.title) changes.push_back("title \"" + head.title + "\" to \"" + full.title() + "\"");
  auto target = *to_stored(full.target());
  if (target.kind != head.target_kind || target.key != head.target_key)
    changes.push_back("addresses " + target_words(db, from_stored({head.target_kind, head.target_key})) + " to " +
                      target_words(db, full.target()));
  if (full.owner_id() != head.owner_id)
    changes.push_back("owner " + username(db, head.owner_id) + " to " + username(db, full.owner_id()));
  if (full.start_on() != head.start_on || full.due_on() != head.due_on)
    changes.push_back("dates " + head.start_on + " to " + head.due_on + " now " + full.start_on() + " to " +
                      full.due_on());
  if (full.shared() != head.shared)
    changes.push_back(full.shared() ? "shared with staff" : "no longer shared with staff");
  auto before = staff_texts(db, id);
  std::map<std::string, std::string> after;
  for (const auto& text : full.staff_texts())
    if (!text.text().empty()) after[text.language()] = text.text();
  for (const auto& [language, text] : after)
    if (before[language] != text) changes.push_back("staff text (" + language + ")");
  for (const auto& entry : before)
    if (!after.count(entry.first)) changes.push_back("staff text (" + entry.first + ") removed");
  if (changes.empty()) return std::nullopt;

  db.prepare(
        "UPDATE action_plans SET title = ?2, target_kind = ?3, target_key = ?4, owner_id = ?5, start_on = ?6, "
        "due_on = ?7, shared = ?8, updated_on = ?9 WHERE id = ?1")
      .bind(1, id)
      .bind(2, full.title())
      .bind(3, target.kind)
      .bind(4, target.key)
      .bind(5, full.owner_id())
      .bind(6, full.start_on())
      .bind(7, full.due_on())
      .bind(8, full.shared() ? 1 : 0)
      .bind(9, calendar::format_date(static_cast<int>(now / 86400)))
      .run();
  write_staff_texts(db, id, full);
  std::string what = "Changed ";
  for (std::size_t i = 0; i < changes.size(); ++i) what += (i ? "; " : "") + changes[i];
  record(db, id, who, now, what);
  return std::nullopt;
}

std::optional<plan_error> add_note(storage::database& db, const auth::principal& who, std::int64_t id,
                                   const v1::NoteDraft& note, std::int64_t now) {
  if (auto e = check_text("text", note.text(), max_note_chars, true)) return e;
  const int today = static_cast<int>(now / 86400);
  int noted = today;
  if (!note.noted_on().empty()) {
    auto day = calendar::parse_date(note.noted_on());
    if (!day) return plan_error{422, "notedOn", "notedOn is a date such as 2026-11-02."};
    if (*day > today) return plan_error{422, "notedOn", "notedOn is in the future."};
    noted = *day;
  }
  auto found = head_for_write(db, who, id);
  if (auto* e = std::get_if<plan_error>(&found)) return *e;
  auto count = db.prepare("SELECT COUNT(*) FROM action_plan_notes WHERE plan_id = ?1");
  count.bind(1, id);
  count.step();
  if (count.column_int64(0) >= max_notes_per_plan)
    return plan_error{409, "", "This plan already has " + std::to_string(max_notes_per_plan) + " notes."};
  db.prepare("INSERT INTO action_plan_notes(plan_id, noted_on, author_id, text) VALUES (?1, ?2, ?3, ?4)")
      .bind(1, id)
      .bind(2, calendar::format_date(noted))
      .bind(3, who.user_id)
      .bind(4, note.text())
      .run();
  db.prepare("UPDATE action_plans SET updated_on = ?2 WHERE id = ?1")
      .bind(1, id)
      .bind(2, calendar::format_date(today))
      .run();
  record(db, id, who, now, "Added a progress note dated " + calendar::format_date(noted));
  return std::nullopt;
}

std::optional<plan_error> change_status(storage::database& db, const auth::principal& who, std::int64_t id,
                                        const v1::StatusChange& change, std::int64_t now) {
  auto status = status_text(change.status());
  if (status.empty()) return plan_error{422, "status", "status is planned, in progress, done or dropped."};
  const int today = static_cast<int>(now / 86400);
  auto found = head_for_write(db, who, id);
  if (auto* e = std::get_if<plan_error>(&found)) return *e;
  const auto& head = std::get<plan_head>(found);
  if (head.status == status)
    return plan_error{409, "status", "The plan is already " + status_words(change.status()) + "."};
  const bool ends = change.status() == v1::PLAN_STATUS_DONE || change.status() == v1::PLAN_STATUS_DROPPED;
  std::optional<int> on;
  if (ends) {
    on = change.on().empty() ? std::optional<int>(today) : calendar::parse_date(change.on());
    if (!on) return plan_error{422, "on", "on is a date such as 2026-11-02."};
    if (*on > today) return plan_error{422, "on", "on is in the future."};
    if (calendar::format_date(*on) < head.start_on) return plan_error{422, "on", "on is before the plan's start."};
  } else if (!change.on().empty()) {
    return plan_error{422, "on", "on is given only when a plan is done or dropped."};
  }
  auto update = db.prepare("UPDATE action_plans SET status = ?2, ended_on = ?3, updated_on = ?4 WHERE id = ?1");
  update.bind(1, id).bind(2, status);
  if (on)
    update.bind(3, calendar::format_date(*on));
  else
    update.bind_null(3);
  update.bind(4, calendar::format_date(today)).run();
  record(db, id, who, now,
         "Status " + status_words(status_of_text(head.status)) + " to " + status_words(change.status()) +
             (on ? " on " + calendar::format_date(*on) : ""));
  return std::nullopt;
}

}  // namespace storepulse::plans
