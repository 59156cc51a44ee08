#include "server/admin/survey_import.h"

#include "server/admin/location_import.h"
#include "server/app/text_format.h"

#include <cctype>
#include <fstream>
#include <set>
#include <stdexcept>
#include <sstream>

namespace storepulse::admin {
namespace {

// A BCP 47-shaped tag: 2-35 characters, letters first, then letters, digits and single hyphens.
bool is_language_tag(const std::string& tag) {
  if (tag.size() < 2 || tag.size() > 35 || !std::isalpha(static_cast<unsigned char>(tag.front()))) return false;
  for (std::size_t i = 0; i < tag.size(); ++i) {
    auto c = static_cast<unsigned char>(tag[i]);
    if (c == '-' ? (i + 1 == tag.size() || tag[i + 1] == '-') : !std::isalnum(c)) return false;
  }
  return true;
}

bool has_language(const google::protobuf::RepeatedPtrField<v1::LocalizedText>& texts, const std::string& language) {
  for (const auto& t : texts)
    if (t.language() == language && !t.text().empty()) return true;
  return false;
}

}  // namespace

bool parse_text_file(const std::string& path, google::protobuf::Message& message, std::string& error) {
  std::ifstream in(path);
  if (!in) {
    error = "cannot read " + path;
    return false;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  try {
    app::parse_text_format(buffer.str(), message, path);
  } catch (const std::runtime_error& e) {
    error = e.what();
    return false;
  }
  return true;
}

std::vector<std::string> check_question_bank(const v1::QuestionBank& bank) {
  std::vector<std::string> problems;
  if (bank.languages().empty()) problems.push_back("languages: at least one language is needed");
  std::set<std::string> languages;
  for (const auto& language : bank.languages()) {
    if (!is_language_tag(language))
      problems.push_back("languages: '" + language + "' is not a language tag (letters, digits and '-', like 'en' or 'pt-BR')");
    if (!languages.insert(language).second) problems.push_back("languages: '" + language + "' appears twice");
  }
  std::set<std::string> keys;
  int core = 0;
  for (int i = 0; i < bank.questions_size(); ++i) {
    const auto& q = bank.questions(i);
    auto where = "question " + std::to_string(i + 1) + " '" + q.key() + "': ";
    if (q.key().empty() || q.key().size() > 64) problems.push_back(where + "key must be 1-64 characters");
    if (!keys.insert(q.key()).second) problems.push_back(where + "key appears twice");
    if (q.dimension() == v1::DIMENSION_UNSPECIFIED) problems.push_back(where + "dimension is missing");
    if (q.type() == v1::QUESTION_TYPE_UNSPECIFIED) problems.push_back(where + "type is missing");
    if (q.type() == v1::QUESTION_TYPE_SMALL_COUNT && (q.max_value() < 1 || q.max_value() > 10))
      problems.push_back(where + "max_value must be 1..10 for a small count");
    if (q.type() == v1::QUESTION_TYPE_LIMIT_BAND) {
      if (q.limit_bands_minor().empty() || q.limit_bands_minor_size() > 9)
        problems.push_back(where + "limit_bands_minor needs 1..9 ascending bounds");
      for (int b = 1; b < q.limit_bands_minor_size(); ++b)
        if (q.limit_bands_minor(b) <= q.limit_bands_minor(b - 1)) problems.push_back(where + "limit_bands_minor must ascend");
    }
    for (const auto& language : bank.languages())
      if (!has_language(q.text(), language)) problems.push_back(where + "no text in '" + language + "'");
    if (q.core()) ++core;
  }
  if (core == 0) problems.push_back("the bank has no core question");
  return problems;
}

std::vector<std::string> check_against_answers(storage::database& db, const v1::QuestionBank& bank) {
  std::vector<std::string> problems;
  auto stored = db.prepare(
      "SELECT dimension, type, max_value, limit_bands, reverse_scored FROM questions q WHERE key = ?"
      " AND (EXISTS (SELECT 1 FROM rollup_answers r WHERE r.question_id = q.id)"
      "  OR EXISTS (SELECT 1 FROM answers a WHERE a.question_id = q.id))");
  for (const auto& q : bank.questions()) {
    stored.bind(1, q.key());
    if (stored.step()) {
      std::string bands;
      for (auto b : q.limit_bands_minor()) bands += (bands.empty() ? "" : ",") + std::to_string(b);
      std::vector<std::string> changed;
      if (stored.column_int(0) != static_cast<int>(q.dimension())) changed.push_back("dimension");
      if (stored.column_int(1) != static_cast<int>(q.type())) changed.push_back("type");
      if (stored.column_int64(2) != static_cast<std::int64_t>(q.max_value())) changed.push_back("max_value");
      if (stored.column_text(3) != bands) changed.push_back("limit_bands_minor");
      if ((stored.column_int(4) != 0) != q.reverse_scored()) changed.push_back("reverse_scored");
      std::string list;
      for (const auto& c : changed) list += (list.empty() ? "" : ", ") + c;
      if (!changed.empty())
        problems.push_back("question '" + q.key() + "' already has answers, so its " + list +
                           " cannot change: give the new version a new key and leave the old one out");
    }
    stored.reset();
  }
  return problems;
}

void store_question_bank(storage::database& db, const v1::QuestionBank& bank) {
  storage::transaction tx(db);
  if (auto problems = check_against_answers(db, bank); !problems.empty())
    throw std::invalid_argument(problems.front());
  db.exec("DELETE FROM languages");
  auto language = db.prepare("INSERT INTO languages(code, position) VALUES (?, ?)");
  for (int i = 0; i < bank.languages_size(); ++i) language.bind(1, bank.languages(i)).bind(2, i).run();

  db.exec("UPDATE questions SET active = 0");
  auto upsert = db.prepare(
      "INSERT INTO questions(key, dimension, type, core, max_value, limit_bands, reverse_scored, active, position)"
      " VALUES (?,?,?,?,?,?,?,1,?) ON CONFLICT(key) DO UPDATE SET dimension = excluded.dimension,"
      " type = excluded.type, core = excluded.core, max_value = excluded.max_value,"
      " limit_bands = excluded.limit_bands, reverse_scored = excluded.reverse_scored, active = 1,"
      " position = excluded.position RETURNING id");
  auto text = db.prepare(
      "INSERT INTO question_texts(question_id, language, text) VALUES (?,?,?)"
      " ON CONFLICT(question_id, language) DO UPDATE SET text = excluded.text");
  for (int i = 0; i < bank.questions_size(); ++i) {
    const auto& q = bank.questions(i);
    std::string bands;
    for (auto b : q.limit_bands_minor()) bands += (bands.empty() ? "" : ",") + std::to_string(b);
    upsert.bind(1, q.key()).bind(2, static_cast<int>(q.dimension())).bind(3, static_cast<int>(q.type()));
    upsert.bind(4, q.core() ? 1 : 0).bind(5, static_cast<std::int64_t>(q.max_value())).bind(6, bands);
    upsert.bind(7, q.reverse_scored() ? 1 : 0).bind(8, i);
    upsert.step();
    auto id = upsert.column_int64(0);
    upsert.reset();
    for (const auto& t : q.text()) text.bind(1, id).bind(2, t.language()).bind(3, t.text()).run();
  }
  bump_config_version(db);
  tx.commit();
}

std::vector<std::string> configured_languages(storage::database& db) {
  std::vector<std::string> languages;
  auto stmt = db.prepare("SELECT code FROM languages ORDER BY position");
  while (stmt.step()) languages.push_back(stmt.column_text(0));
  return languages;
}

std::vector<std::string> check_values(const v1::ValueSet& values, const std::vector<std::string>& languages) {
  std::vector<std::string> problems;
  if (values.values().empty()) problems.push_back("at least one value is needed");
  if (values.values_size() > 3)
    problems.push_back("at most three values: people do not remember more (got " + std::to_string(values.values_size()) + ")");
  std::set<std::string> keys;
  for (int i = 0; i < values.values_size(); ++i) {
    const auto& v = values.values(i);
    auto where = "value " + std::to_string(i + 1) + " '" + v.key() + "': ";
    if (v.key().empty()) problems.push_back(where + "key is missing");
    if (!keys.insert(v.key()).second) problems.push_back(where + "key appears twice");
    for (const auto& language : languages) {
      if (!has_language(v.name(), language)) problems.push_back(where + "no name in '" + language + "'");
      if (!has_language(v.description(), language)) problems.push_back(where + "no description in '" + language + "'");
    }
  }
  return problems;
}

void store_values(storage::database& db, const v1::ValueSet& values) {
  storage::transaction tx(db);
  db.exec("DELETE FROM org_values");
  auto value = db.prepare("INSERT INTO org_values(key, position) VALUES (?, ?)");
  auto text = db.prepare("INSERT INTO org_value_texts(value_id, language, name, description) VALUES (?,?,?,?)");
  for (int i = 0; i < values.values_size(); ++i) {
    const auto& v = values.values(i);
    value.bind(1, v.key()).bind(2, i).run();
    auto id = db.last_insert_rowid();
    for (const auto& name : v.name()) {
      std::string description;
      for (const auto& d : v.description())
        if (d.language() == name.language()) description = d.text();
      text.bind(1, id).bind(2, name.language()).bind(3, name.text()).bind(4, description).run();
    }
  }
  bump_config_version(db);
  tx.commit();
}

}  // namespace storepulse::admin
