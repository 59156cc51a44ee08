#include "calendar/calendar.h"
#include "server/admin/command.h"
#include "server/admin/command_options.h"
#include "server/admin/command_scope.h"
#include "server/maturity/questionnaire.h"
#include "server/maturity/round_store.h"
#include "server/storage/migrator.h"

#include <iostream>

namespace storepulse::admin {

namespace po = boost::program_options;

namespace {

// Returns the unix time at noon of a YYYY-MM-DD date.
std::int64_t noon_of(const std::string& option, const std::string& date) {
  auto day = calendar::parse_date(date);
  if (!day) throw std::invalid_argument(option + ": not a date YYYY-MM-DD: " + date);
  return static_cast<std::int64_t>(*day) * 86400 + 12 * 3600;
}

void check(const std::optional<plans::plan_error>& error) {
  if (error) throw std::invalid_argument(error->message);
}

// Returns USER=STAGES (one digit 1-6 per item, in questionnaire order) as the user's answers.
std::pair<std::string, v1::MaturityAnswerSet> parse_answers(const std::string& text) {
  const auto& items = maturity::questionnaire().items();
  auto eq = text.find('=');
  const auto stages = eq == std::string::npos ? std::string() : text.substr(eq + 1);
  if (stages.size() != static_cast<std::size_t>(items.size()))
    throw std::invalid_argument("--answers is USER=STAGES, one digit 1-6 for each of the " +
                                std::to_string(items.size()) + " items");
  v1::MaturityAnswerSet set;
  for (int i = 0; i < items.size(); ++i) {
    const char digit = stages[static_cast<std::size_t>(i)];
    if (digit < '1' || digit > '6') throw std::invalid_argument("--answers: a stage is a digit 1-6");
    auto& answer = *set.add_answers();
    answer.set_item_key(items[i].key());
    answer.set_stage(static_cast<v1::MaturityStage>(digit - '0'));
  }
  return {text.substr(0, eq), std::move(set)};
}

int add_round(const std::vector<std::string>& args) {
  std::string db_path, as, location, region, opened, closed, agreed, note;
  bool organisation = false;
  std::vector<std::string> assessors, answers, evidence;
  po::options_description o("Options");
  o.add_options()("db", po::value(&db_path)->required(), "SQLite database file")(
      "as", po::value(&as)->required(), "the HR admin who opens (and closes) the round")(
      "location", po::value(&location), "store code, for a store's round")("region", po::value(&region),
                                                                            "region, for a region's round")(
      "organisation", po::bool_switch(&organisation), "a round of the whole organisation")(
      "assessor", po::value(&assessors)->composing()->required(), "username of an assessor (repeatable)")(
      "opened", po::value(&opened)->required(), "the day the round opened, YYYY-MM-DD")(
      "answers", po::value(&answers)->composing(),
      "USER=STAGES: an assessor's stage (1-6) for each item in questionnaire order, given on the opening day "
      "(repeatable)")("evidence", po::value(&evidence)->composing(),
                      "USER:ITEM=TEXT: an evidence note beside an answer (repeatable)")(
      "closed", po::value(&closed), "the day HR closed the round (leave out to keep it open)")(
      "agreed", po::value(&agreed), "the agreed stage, 1-6, with --closed")("note", po::value(&note),
                                                                            "the closing note, with --closed");
  int rc = 0;
  const char* summary = "add a maturity round, its answers and its closing, as HR and assessors would";
  if (!parse_command("maturity-round", summary, o, args, rc)) return rc;
  try {
    storage::database db(db_path, {.create = false});
    storage::migrate(db);
    auto hr = active_user(db, "--as", as);
    v1::MaturityRoundDraft draft;
    set_scope(draft, scope_of_options(db, location, region, organisation));
    for (const auto& name : assessors) draft.add_assessor_ids(active_user(db, "--assessor", name).user_id);
    check(maturity::check_round_draft(draft));
    const auto opened_at = noon_of("--opened", opened);
    storage::transaction tx(db);
    auto created = maturity::open_round(db, hr, draft, opened_at);
    if (auto* e = std::get_if<plans::plan_error>(&created)) throw std::invalid_argument(e->message);
    const auto id = std::get<std::int64_t>(created);
    for (const auto& text : answers) {
      auto parsed = parse_answers(text);
      for (const auto& line : evidence) {
        auto colon = line.find(':');
        auto eq = line.find('=');
        if (colon == std::string::npos || eq == std::string::npos || eq < colon)
          throw std::invalid_argument("--evidence is USER:ITEM=TEXT");
        if (line.substr(0, colon) != parsed.first) continue;
        const auto key = line.substr(colon + 1, eq - colon - 1);
        bool found = false;
        for (auto& answer : *parsed.second.mutable_answers()) {
          if (answer.item_key() != key) continue;
          answer.set_evidence(line.substr(eq + 1));
          found = true;
        }
        if (!found) throw std::invalid_argument("--evidence: no item " + key);
      }
      check(maturity::check_answers(parsed.second));
      check(maturity::save_answers(db, active_user(db, "--answers", parsed.first), id, parsed.second, opened_at));
    }
    if (!closed.empty()) {
      v1::MaturityClosing closing;
      const int stage = agreed.size() == 1 ? agreed[0] - '0' : 0;
      closing.set_agreed_stage(static_cast<v1::MaturityStage>(stage >= 1 && stage <= 6 ? stage : 0));
      closing.set_note(note);
      check(maturity::check_closing(closing));
      check(maturity::close_round(db, hr, id, closing, noon_of("--closed", closed)));
    }
    tx.commit();
    std::cout << "added maturity round " << id << (closed.empty() ? " (open)" : " (closed)") << "\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace

void add_maturity_commands(std::vector<command>& commands) {
  commands.push_back({"maturity-round",
                      "add a maturity round, its answers and its closing, as HR and assessors would", add_round});
}

}  // namespace storepulse::admin
