#include "server/admin/survey_import.h"
#include "server/storage/database.h"
#include "tests/support/ingest_fixture.h"

#include <catch2/catch.hpp>

using namespace storepulse;

namespace {

v1::QuestionBank default_bank() {
  v1::QuestionBank bank;
  std::string error;
  REQUIRE(admin::parse_text_file(STOREPULSE_SOURCE_DIR "/schema/question_bank.textproto", bank, error));
  return bank;
}

v1::Question& question(v1::QuestionBank& bank, const std::string& key) {
  for (auto& q : *bank.mutable_questions())
    if (q.key() == key) return q;
  FAIL("no question " << key);
  throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("A question with answers keeps its scale: a bank that would change it is refused whole",
          "[server][admin]") {
  testing::ingest_fixture fx;
  storage::database db(fx.path());
  db.exec("INSERT INTO rollup_answers(location_id, question_id, iso_week, n, sum, sum_sq, h3) "
          "SELECT 1, id, 202647, 5, 15, 45, 5 FROM questions WHERE key IN ('values_know', 'empowerment_believed_limit')");
  auto bank = default_bank();
  std::string expected;
  SECTION("type") {
    question(bank, "values_know").set_type(v1::QUESTION_TYPE_SCALE_0_10);
    expected = "type";
  }
  SECTION("reverse scoring") {
    question(bank, "values_know").set_reverse_scored(true);
    expected = "reverse_scored";
  }
  SECTION("dimension") {
    question(bank, "values_know").set_dimension(v1::DIMENSION_RECOGNITION);
    expected = "dimension";
  }
  SECTION("limit bands") {
    question(bank, "empowerment_believed_limit").add_limit_bands_minor(999999);
    expected = "limit_bands_minor";
  }
  auto problems = admin::check_against_answers(db, bank);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].find(expected) != std::string::npos);
  CHECK(problems[0].find("already has answers") != std::string::npos);
  auto version = storage::query_int(db, "SELECT value FROM settings WHERE key = 'config_version'");
  CHECK_THROWS(admin::store_question_bank(db, bank));
  CHECK(storage::query_int(db, "SELECT value FROM settings WHERE key = 'config_version'") == version);
  CHECK(storage::query_int(db, "SELECT type FROM questions WHERE key = 'values_know'") == v1::QUESTION_TYPE_AGREE5);
}

TEST_CASE("Texts of answered questions may change, and unanswered questions may change at will", "[server][admin]") {
  testing::ingest_fixture fx;
  storage::database db(fx.path());
  db.exec("INSERT INTO rollup_answers(location_id, question_id, iso_week, n, sum, sum_sq, h3) "
          "SELECT 1, id, 202647, 5, 15, 45, 5 FROM questions WHERE key = 'values_know'");
  auto bank = default_bank();
  question(bank, "values_know").mutable_text(0)->set_text("I know our values by heart.");
  question(bank, "recognition_noticed").set_reverse_scored(true);  // nobody answered it yet
  CHECK(admin::check_against_answers(db, bank).empty());
  admin::store_question_bank(db, bank);
  CHECK(storage::query_int(db, "SELECT reverse_scored FROM questions WHERE key = 'recognition_noticed'") == 1);
  CHECK(storage::query_int(db, "SELECT COUNT(*) FROM question_texts t JOIN questions q ON q.id = t.question_id "
                               "WHERE q.key = 'values_know' AND t.text = 'I know our values by heart.'") == 1);
}

TEST_CASE("A bank's languages are tags, each named once, and anything else is refused with its name",
          "[server][admin]") {
  auto bank = default_bank();
  REQUIRE(admin::check_question_bank(bank).empty());
  std::string bad;
  SECTION("twice") { bad = bank.languages(0); }
  SECTION("markup") { bad = "<script>"; }
  SECTION("empty") { bad = ""; }
  SECTION("a hyphen at the end") { bad = "pt-"; }
  SECTION("two hyphens") { bad = "pt--BR"; }
  SECTION("a digit first") { bad = "1en"; }
  bank.add_languages(bad);
  for (auto& q : *bank.mutable_questions()) {
    auto* text = q.add_text();
    text->set_language(bad);
    text->set_text("x");
  }
  auto problems = admin::check_question_bank(bank);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].find("'" + bad + "'") != std::string::npos);
}

TEST_CASE("Regional tags such as pt-BR and zh-Hant-TW are languages a bank may have", "[server][admin]") {
  auto bank = default_bank();
  for (std::string tag : {"pt-BR", "zh-Hant-TW"}) {
    bank.add_languages(tag);
    for (auto& q : *bank.mutable_questions()) {
      auto* text = q.add_text();
      text->set_language(tag);
      text->set_text("x");
    }
  }
  CHECK(admin::check_question_bank(bank).empty());
}
