#include "calendar/calendar.h"
#include "server/maturity/maturity_scoring.h"

#include <catch2/catch.hpp>

using namespace storepulse;
using maturity::assessor_answers;
using maturity::scored_item;

TEST_CASE("A round's scores match a fixture computed by hand", "[maturity][scoring]") {
  // Competency 1 has A1 and A2; competency 2 has B1, B2 and B3. Not everyone answered everything.
  const std::vector<scored_item> items{{"A1", 1}, {"A2", 1}, {"B1", 2}, {"B2", 2}, {"B3", 2}};
  const std::vector<assessor_answers> assessors{
      {"ana", {{"A1", 2}, {"A2", 3}, {"B1", 4}, {"B2", 4}, {"B3", 5}}},
      {"ben", {{"A1", 4}, {"A2", 4}, {"B1", 1}, {"B2", 2}}},
      {"cai", {{"A1", 1}, {"B1", 6}, {"B2", 3}, {"B3", 6}, {"UNKNOWN", 6}}},
  };
  const auto scores = maturity::score_round(items, {1, 2}, assessors);
  REQUIRE(scores.competencies.size() == 2);
  const auto& first = scores.competencies[0];
  // ana: mean 2.5 -> 30; ben: 4 -> 60; cai: 1 -> 0; median 30.
  REQUIRE(first.by_assessor.size() == 3);
  CHECK(*first.by_assessor[0] == Approx(30));
  CHECK(*first.by_assessor[1] == Approx(60));
  CHECK(*first.by_assessor[2] == Approx(0));
  CHECK(*first.consensus == Approx(30));
  const auto& second = scores.competencies[1];
  // ana: 13/3 -> 66.67; ben: 1.5 -> 10; cai: 5 -> 80; median 66.67.
  CHECK(*second.by_assessor[0] == Approx(200.0 / 3));
  CHECK(*second.by_assessor[1] == Approx(10));
  CHECK(*second.by_assessor[2] == Approx(80));
  CHECK(*second.consensus == Approx(200.0 / 3));
  // (30 + 66.67) / 2 = 48.33, nearest stage 3 (Mobilize: 40).
  CHECK(*scores.overall_score == Approx(145.0 / 3));
  CHECK(scores.overall_stage == 3);

  REQUIRE(scores.items.size() == 5);
  CHECK(scores.items[0].key == "A1");
  CHECK(scores.items[0].answers == 3);
  CHECK(scores.items[0].lowest == 1);
  CHECK(scores.items[0].highest == 4);
  CHECK(scores.items[0].spread() == 3);
  CHECK(scores.items[1].spread() == 1);
  CHECK(scores.items[1].answers == 2);
  CHECK(scores.items[2].spread() == 5);
  CHECK(scores.items[3].spread() == 2);
  CHECK(scores.items[4].spread() == 1);
  CHECK(scores.widest_spread == std::vector<std::string>{"B1", "A1", "B2"});
}

TEST_CASE("Two assessors' consensus is their mean, and a competency nobody answered leaves no overall stage",
          "[maturity][scoring]") {
  const std::vector<scored_item> items{{"A1", 1}, {"B1", 2}};
  const std::vector<assessor_answers> assessors{{"ana", {{"A1", 2}}}, {"ben", {{"A1", 4}}}};
  const auto scores = maturity::score_round(items, {1, 2}, assessors);
  CHECK(*scores.competencies[0].consensus == Approx(40));
  CHECK_FALSE(scores.competencies[1].consensus.has_value());
  CHECK_FALSE(scores.competencies[1].by_assessor[0].has_value());
  CHECK_FALSE(scores.overall_score.has_value());
  CHECK(scores.overall_stage == 0);
  CHECK(scores.items[1].answers == 0);
  CHECK(scores.items[1].spread() == 0);
  // A spread of two stages is one to discuss; one is not.
  CHECK(scores.widest_spread == std::vector<std::string>{"A1"});
  CHECK(maturity::score_round(items, {1, 2}, {}).competencies[0].by_assessor.empty());
}

TEST_CASE("Scores map to stages and the median takes the middle", "[maturity][scoring]") {
  CHECK(maturity::stage_score(1) == Approx(0));
  CHECK(maturity::stage_score(6) == Approx(100));
  CHECK(maturity::stage_of_score(0) == 1);
  CHECK(maturity::stage_of_score(9.99) == 1);
  CHECK(maturity::stage_of_score(10) == 2);
  CHECK(maturity::stage_of_score(50) == 4);
  CHECK(maturity::stage_of_score(89.9) == 5);
  CHECK(maturity::stage_of_score(100) == 6);
  CHECK(*maturity::median({5, 1, 3}) == Approx(3));
  CHECK(*maturity::median({4, 1, 3, 10}) == Approx(3.5));
  CHECK_FALSE(maturity::median({}).has_value());
}

TEST_CASE("The next round is due six calendar months after the last one closed", "[maturity][scoring]") {
  auto due = [](const char* closed) {
    return calendar::format_date(maturity::next_round_due(*calendar::parse_date(closed)));
  };
  CHECK(due("2026-01-15") == "2026-07-15");
  CHECK(due("2026-05-31") == "2026-11-30");
  CHECK(due("2026-06-30") == "2026-12-30");
  CHECK(due("2026-07-01") == "2027-01-01");
  CHECK(due("2026-08-31") == "2027-02-28");
  CHECK(due("2027-08-31") == "2028-02-29");
  CHECK(due("2026-12-10") == "2027-06-10");
}
