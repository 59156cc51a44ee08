#include "server/plans/plan_target.h"
#include "server/plans/plan_validation.h"
#include "server/plans/starter_library.h"

#include <catch2/catch.hpp>

#include <set>

using namespace storepulse;

TEST_CASE("The built-in starter library covers every dimension and empowerment figure in three languages",
          "[plans][starters]") {
  const auto& library = plans::starter_library();
  CHECK(std::vector<std::string>(library.languages().begin(), library.languages().end()) ==
        std::vector<std::string>{"en", "es", "fr"});
  std::set<std::string> covered;
  for (const auto& set : library.sets()) {
    covered.insert(plans::target_id(set.target()));
    CHECK(set.actions_size() >= 1);
    for (const auto& action : set.actions()) {
      CHECK(action.texts_size() == 3);
      for (const auto& text : action.texts()) {
        CAPTURE(action.key(), text.language());
        CHECK_FALSE(text.title().empty());
        CHECK_FALSE(text.description().empty());
        CHECK(*plans::utf8_length(text.staff_text()) <= plans::max_staff_text_chars);
        CHECK(*plans::utf8_length(text.title()) <= plans::max_title_chars);
      }
    }
  }
  for (int d = v1::DIMENSION_VALUES; d <= v1::DIMENSION_COLLABORATION; ++d)
    CHECK(covered.count("dimension:" + v1::Dimension_Name(static_cast<v1::Dimension>(d))) == 1);
  for (int f = v1::EMPOWERMENT_FIGURE_KNOWS_LIMIT; f <= v1::EMPOWERMENT_FIGURE_FEELS_TRUSTED; ++f)
    CHECK(covered.count("empowerment:" + v1::EmpowermentFigure_Name(static_cast<v1::EmpowermentFigure>(f))) == 1);
}

TEST_CASE("A starter library with a missing language or a long staff text is refused", "[plans][starters]") {
  const std::string missing = R"(languages: "en" languages: "fr"
    sets { target { kind: PLAN_TARGET_KIND_DIMENSION dimension: DIMENSION_VALUES }
      actions { key: "a" texts { language: "en" title: "t" description: "d" staff_text: "s" } } })";
  CHECK_THROWS_WITH(plans::parse_starter_library(missing), Catch::Contains("no text in fr"));
  const std::string long_text = R"(languages: "en"
    sets { target { kind: PLAN_TARGET_KIND_DIMENSION dimension: DIMENSION_VALUES }
      actions { key: "a" texts { language: "en" title: "t" description: "d" staff_text: ")" +
                                std::string(141, 'x') + R"(" } } })";
  CHECK_THROWS_WITH(plans::parse_starter_library(long_text), Catch::Contains("over 140"));
  CHECK_THROWS_WITH(plans::parse_starter_library("sets { nonsense: 1 }"), Catch::Contains("line 1"));
}

TEST_CASE("Text checks count characters, not bytes, and refuse control characters", "[plans][validation]") {
  CHECK(plans::utf8_length("abc") == 3u);
  CHECK(plans::utf8_length("réglé") == 5u);
  CHECK(plans::utf8_length("\xF0\x9F\x99\x82") == 1u);
  CHECK_FALSE(plans::utf8_length("\xC3").has_value());
  CHECK_FALSE(plans::utf8_length("\x80").has_value());
  CHECK_FALSE(plans::check_text("title", "fine", 10).has_value());
  CHECK(plans::check_text("title", "", 10)->field == "title");
  CHECK(plans::check_text("title", "  ", 10)->message == "title is required.");
  CHECK(plans::check_text("title", "eleven char", 10)->message == "title is longer than 10 characters.");
  CHECK(plans::check_text("text", "two\nlines", 20, true) == std::nullopt);
  CHECK(plans::check_text("title", "two\nlines", 20).has_value());
  CHECK(plans::check_text("title", std::string("tab\there"), 20).has_value());
}
