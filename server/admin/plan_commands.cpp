#include "calendar/calendar.h"
#include "calendar/clock.h"
#include "server/admin/command.h"
#include "server/admin/command_options.h"
#include "server/admin/command_scope.h"
#include "server/auth/user_store.h"
#include "server/plans/plan_store.h"
#include "server/storage/migrator.h"

#include <iostream>
#include <map>

namespace storepulse::admin {

namespace po = boost::program_options;

namespace {

// Returns the target named on the command line: a dimension ("values"), an empowerment figure
// ("knows-limit", "used-7-days", "limit-gap", "feels-trusted") or "question:KEY".
std::optional<v1::PlanTarget> parse_target(const std::string& text) {
  static const std::map<std::string, v1::Dimension> dimensions{{"values", v1::DIMENSION_VALUES},
                                                               {"empowerment", v1::DIMENSION_EMPOWERMENT},
                                                               {"recognition", v1::DIMENSION_RECOGNITION},
                                                               {"leadership", v1::DIMENSION_LEADERSHIP},
                                                               {"collaboration", v1::DIMENSION_COLLABORATION}};
  static const std::map<std::string, v1::EmpowermentFigure> figures{
      {"knows-limit", v1::EMPOWERMENT_FIGURE_KNOWS_LIMIT},
      {"used-7-days", v1::EMPOWERMENT_FIGURE_USED_LAST_7_DAYS},
      {"limit-gap", v1::EMPOWERMENT_FIGURE_LIMIT_GAP},
      {"feels-trusted", v1::EMPOWERMENT_FIGURE_FEELS_TRUSTED}};
  v1::PlanTarget target;
  if (auto d = dimensions.find(text); d != dimensions.end()) {
    target.set_kind(v1::PLAN_TARGET_KIND_DIMENSION);
    target.set_dimension(d->second);
  } else if (auto f = figures.find(text); f != figures.end()) {
    target.set_kind(v1::PLAN_TARGET_KIND_EMPOWERMENT);
    target.set_figure(f->second);
  } else if (text.rfind("question:", 0) == 0) {
    target.set_kind(v1::PLAN_TARGET_KIND_QUESTION);
    target.set_question_key(text.substr(9));
  } else {
    return std::nullopt;
  }
  return target;
}

// Throws the plan error as a message naming the option.
void check(const std::optional<plans::plan_error>& error) {
  if (error) throw std::invalid_argument(error->message);
}

int add_plan(const std::vector<std::string>& args) {
  std::string db_path, as, location, region, title, addresses, owner, start, due, status, ended;
  bool organisation = false, shared = false;
  std::vector<std::string> notes, staff_texts;
  po::options_description o("Options");
  o.add_options()("db", po::value(&db_path)->required(), "SQLite database file")(
      "as", po::value(&as)->required(), "the HR admin or manager who makes the plan (recorded in its history)")(
      "location", po::value(&location), "store code, for a store's plan")(
      "region", po::value(&region), "region, for a region's plan (HR)")("organisation", po::bool_switch(&organisation),
                                                                        "a plan of the whole organisation (HR)")(
      "title", po::value(&title)->required(), "what will be done (up to 120 characters)")(
      "addresses", po::value(&addresses)->required(),
      "values, empowerment, recognition, leadership, collaboration, knows-limit, used-7-days, limit-gap, "
      "feels-trusted, or question:KEY")("owner", po::value(&owner)->required(),
                                        "username of the owner (HR, or a manager of the store)")(
      "start", po::value(&start)->required(), "start date YYYY-MM-DD")(
      "due", po::value(&due)->required(), "due date YYYY-MM-DD")("status", po::value(&status)->default_value("planned"),
                                                                 "planned, in_progress, done or dropped")(
      "ended", po::value(&ended), "the date a done or dropped plan ended (default today)")(
      "note", po::value(&notes)->composing(), "a progress note DATE:TEXT (repeatable)")(
      "share", po::bool_switch(&shared), "show the plan to staff (needs --staff-text in every language)")(
      "staff-text", po::value(&staff_texts)->composing(), "LANG=TEXT, up to 140 characters (repeatable)");
  int rc = 0;
  const char* summary = "add an action plan, its notes and status, as a user would through the dashboard";
  if (!parse_command("add-plan", summary, o, args, rc)) return rc;
  try {
    storage::database db(db_path, {.create = false});
    storage::migrate(db);
    auto who = active_user(db, "--as", as);
    auto owner_user = auth::find_user(db, owner);
    if (!owner_user) throw std::invalid_argument("--owner: no user " + owner);
    auto target = parse_target(addresses);
    if (!target) throw std::invalid_argument("--addresses: unknown figure " + addresses);
    v1::PlanDraft draft;
    set_scope(draft, scope_of_options(db, location, region, organisation));
    draft.set_title(title);
    *draft.mutable_target() = *target;
    draft.set_owner_id(owner_user->id);
    draft.set_start_on(start);
    draft.set_due_on(due);
    draft.set_shared(shared);
    for (const auto& text : staff_texts) {
      auto eq = text.find('=');
      if (eq == std::string::npos) throw std::invalid_argument("--staff-text is LANG=TEXT");
      auto& t = *draft.add_staff_texts();
      t.set_language(text.substr(0, eq));
      t.set_text(text.substr(eq + 1));
    }
    const auto now = calendar::now_unix();
    storage::transaction tx(db);
    auto created = plans::create_plan(db, who, draft, now);
    if (auto* e = std::get_if<plans::plan_error>(&created)) throw std::invalid_argument(e->message);
    const auto id = std::get<std::int64_t>(created);
    for (const auto& text : notes) {
      auto colon = text.find(':');
      if (colon == std::string::npos) throw std::invalid_argument("--note is DATE:TEXT");
      v1::NoteDraft note;
      note.set_noted_on(text.substr(0, colon));
      note.set_text(text.substr(colon + 1));
      check(plans::add_note(db, who, id, note, now));
    }
    auto final_status = plans::status_of_text(status);
    if (final_status == v1::PLAN_STATUS_UNSPECIFIED) throw std::invalid_argument("--status: unknown status " + status);
    if (final_status == v1::PLAN_STATUS_DONE || final_status == v1::PLAN_STATUS_DROPPED) {
      v1::StatusChange begin;
      begin.set_status(v1::PLAN_STATUS_IN_PROGRESS);
      check(plans::change_status(db, who, id, begin, now));
    }
    if (final_status != v1::PLAN_STATUS_PLANNED) {
      v1::StatusChange change;
      change.set_status(final_status);
      if (final_status != v1::PLAN_STATUS_IN_PROGRESS) change.set_on(ended);
      check(plans::change_status(db, who, id, change, now));
    }
    tx.commit();
    std::cout << "added plan " << id << ": " << title << " (" << status << ")\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace

void add_plan_commands(std::vector<command>& commands) {
  commands.push_back(
      {"add-plan", "add an action plan, its notes and status, as a user would through the dashboard", add_plan});
}

}  // namespace storepulse::admin
