#include "server/maturity/questionnaire.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace storepulse;

TEST_CASE(
    "The built-in maturity questionnaire has five competencies of three to five items, six options each in three "
    "languages",
    "[maturity][questionnaire]") {
  const auto& q = maturity::questionnaire();
  CHECK(std::vector<std::string>(q.languages().begin(), q.languages().end()) ==
        std::vector<std::string>{"en", "es", "fr"});
  CHECK(q.items_size() >= 15);
  CHECK(q.items_size() <= 25);
  CHECK(q.stages_size() == 6);
  CHECK(q.competencies_size() == 5);
  std::map<int, int> per_competency;
  std::set<std::string> keys;
  for (const auto& item : q.items()) {
    CAPTURE(item.key());
    CHECK(keys.insert(item.key()).second);
    ++per_competency[item.competency()];
    REQUIRE(item.texts_size() == 3);
    std::set<std::string> languages;
    for (const auto& text : item.texts()) {
      CAPTURE(text.language());
      languages.insert(text.language());
      CHECK_FALSE(text.text().empty());
      REQUIRE(text.options_size() == 6);
      std::set<std::string> distinct(text.options().begin(), text.options().end());
      CHECK(distinct.size() == 6);
      for (const auto& option : text.options()) CHECK_FALSE(option.empty());
    }
    CHECK(languages == std::set<std::string>{"en", "es", "fr"});
  }
  CHECK(per_competency.size() == 5);
  for (const auto& competency : per_competency) {
    CAPTURE(competency.first);
    CHECK(competency.second >= 3);
    CHECK(competency.second <= 5);
  }
  for (const auto& stage : q.stages()) CHECK(stage.labels_size() == 3);
  for (const auto& competency : q.competencies()) CHECK(competency.labels_size() == 3);
}

namespace {

// Returns a questionnaire text: one language, the six stages, five competencies and three items
// each; item_options is what the first item holds after its text.
std::string questionnaire_text(const std::string& item_options) {
  std::string text = "languages: \"en\"\n";
  for (const char* stage : {"IGNORE", "EXPLORE", "MOBILIZE", "OPERATIONALIZE", "ALIGN", "EMBED"})
    text += std::string("stages { stage: MATURITY_STAGE_") + stage + " labels { language: \"en\" text: \"s\" } }\n";
  const std::vector<std::string> competencies{"LEADERSHIP_COMMITMENT", "VALUES_AND_BRAND", "EMPOWERMENT_AND_ENGAGEMENT",
                                              "CUSTOMER_INSIGHT_AND_ACTION", "CONSISTENCY"};
  const std::string six = "options: \"1\" options: \"2\" options: \"3\" options: \"4\" options: \"5\" options: \"6\"";
  int n = 0;
  for (const auto& c : competencies) {
    text += "competencies { competency: MATURITY_COMPETENCY_" + c + " labels { language: \"en\" text: \"c\" } }\n";
    for (int i = 0; i < 3; ++i, ++n)
      text += "items { key: \"K" + std::to_string(n) + "\" competency: MATURITY_COMPETENCY_" + c +
              " texts { language: \"en\" text: \"t\" " + (n == 0 ? item_options : six) + " } }\n";
  }
  return text;
}

std::string refusal(const std::string& text) {
  try {
    maturity::parse_questionnaire(text);
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("A malformed maturity questionnaire is refused with a message naming the line or the item",
          "[maturity][questionnaire]") {
  const std::string six = "options: \"1\" options: \"2\" options: \"3\" options: \"4\" options: \"5\" options: \"6\"";
  CHECK(maturity::parse_questionnaire(questionnaire_text(six)).items_size() == 15);
  SECTION("a syntax error names its line") {
    CHECK_THAT(refusal(questionnaire_text(six) + "items { key: \n"), Catch::StartsWith("maturity assessment: line 2"));
  }
  SECTION("an item with five options") {
    CHECK_THAT(
        refusal(questionnaire_text("options: \"1\" options: \"2\" options: \"3\" options: \"4\" options: \"5\"")),
        Catch::Contains("item K0 (en) has 5 options, not 6"));
  }
  SECTION("a language missing from the labels and texts") {
    auto text = questionnaire_text(six);
    text.replace(0, text.find('\n'), "languages: \"en\" languages: \"fr\"");
    CHECK_THAT(refusal(text), Catch::Contains("no label in fr"));
  }
  SECTION("a key given twice") {
    auto text = questionnaire_text(six);
    text.replace(text.find("\"K1\""), 4, "\"K0\"");
    CHECK_THAT(refusal(text), Catch::Contains("item K0 appears twice"));
  }
  SECTION("a competency with too few items") {
    auto text = questionnaire_text(six);
    text.erase(text.find("items { key: \"K14\""));
    CHECK_THAT(refusal(text), Catch::Contains("MATURITY_COMPETENCY_CONSISTENCY has 2 items"));
  }
}
