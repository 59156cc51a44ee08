// The lip-service gap from hand-made published blocks: the staff figure per competency, the gap,
// the flag threshold, held-back figures and what a manager may see.
#include "calendar/calendar.h"
#include "server/maturity/lip_service_gap.h"
#include "tests/reports/report_fixture.h"

#include <catch2/catch.hpp>

using namespace storepulse;
using storepulse::reports::testing::report_db;
using storepulse::reports::testing::week;

namespace {

// Four stores: A1, A2 and A3 in North answer every item 4, 5 and 3 (scores 75, 100 and 50), ten
// times a week for four weeks; B1 in South answers 2 (score 25) but its leadership item only
// twice in all, too few to publish.
struct gap_fixture {
  report_db db;
  std::int64_t a1 = 0, b1 = 0;
  const int first = week(202610);

  gap_fixture() {
    const std::int64_t values = db.add_question("V1", v1::DIMENSION_VALUES, v1::QUESTION_TYPE_AGREE5);
    const std::int64_t empowerment = db.add_question("E1", v1::DIMENSION_EMPOWERMENT, v1::QUESTION_TYPE_AGREE5);
    const std::int64_t recognition = db.add_question("R1", v1::DIMENSION_RECOGNITION, v1::QUESTION_TYPE_AGREE5);
    const std::int64_t leadership = db.add_question("L1", v1::DIMENSION_LEADERSHIP, v1::QUESTION_TYPE_AGREE5, false);
    a1 = db.add_location("A1", "North", 20);
    const auto a2 = db.add_location("A2", "North", 20);
    const auto a3 = db.add_location("A3", "North", 20);
    b1 = db.add_location("B1", "South", 20);
    const std::pair<std::int64_t, int> stores[] = {{a1, 4}, {a2, 5}, {a3, 3}, {b1, 2}};
    for (int w = first; w < first + 4; ++w) {
      for (const auto& store : stores) {
        std::array<std::int64_t, 11> ten{};
        ten[static_cast<std::size_t>(store.second)] = 10;
        db.add_sessions(store.first, w, 10);
        for (auto q : {values, empowerment, recognition}) db.add_answers(store.first, q, w, ten);
        if (store.first != b1) db.add_answers(store.first, leadership, w, ten);
      }
    }
    std::array<std::int64_t, 11> two{};
    two[2] = 2;
    db.add_answers(b1, leadership, first, two);
    db.publish_through(first + 3);
  }

  // Returns results closed in the week after the answers, with these consensus scores in
  // questionnaire order (leadership, values, empowerment, customer insight, consistency).
  v1::MaturityResults results(v1::ScopeKind scope, std::int64_t location, const std::string& region,
                              const std::array<double, 5>& consensus) const {
    v1::MaturityResults out;
    auto& round = *out.mutable_round();
    round.set_scope(scope);
    round.set_location_id(location);
    round.set_region(region);
    round.set_status(v1::MATURITY_ROUND_STATUS_CLOSED);
    round.set_closed_on(calendar::format_date((first + 4) * 7));  // the Thursday of the week after
    const v1::MaturityCompetency order[] = {
        v1::MATURITY_COMPETENCY_LEADERSHIP_COMMITMENT, v1::MATURITY_COMPETENCY_VALUES_AND_BRAND,
        v1::MATURITY_COMPETENCY_EMPOWERMENT_AND_ENGAGEMENT, v1::MATURITY_COMPETENCY_CUSTOMER_INSIGHT_AND_ACTION,
        v1::MATURITY_COMPETENCY_CONSISTENCY};
    for (std::size_t i = 0; i < 5; ++i) {
      auto& c = *out.add_competencies();
      c.set_competency(order[i]);
      c.set_consensus(consensus[i]);
    }
    return out;
  }
};

auth::principal hr() {
  auth::principal who;
  who.user_role = auth::role::hr_admin;
  return who;
}

auth::principal manager_of(std::int64_t location) {
  auth::principal who;
  who.user_role = auth::role::manager;
  who.location_ids = {location};
  return who;
}

const v1::MaturityGapRow& row(const v1::MaturityResults& results, v1::MaturityCompetency competency) {
  for (const auto& r : results.lip_service_gap().rows())
    if (r.competency() == competency) return r;
  FAIL("no row for competency " << competency);
  throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("A region's gap sets leaders' consensus beside the region's published dimensions and store spread",
          "[maturity][gap]") {
  gap_fixture f;
  auto results = f.results(v1::SCOPE_KIND_REGION, 0, "North", {100, 80, 60, 40, 90});
  maturity::add_lip_service_gap(f.db.db(), hr(), results);
  const auto& gap = results.lip_service_gap();
  CHECK(gap.weeks() == 26);
  CHECK(gap.last_week() == reports::week_text(f.first + 4));
  CHECK(gap.first_week() == reports::week_text(f.first + 4 - 25));
  CHECK(gap.far_above_threshold() == 20);
  REQUIRE(gap.rows_size() == 5);

  // North: each item answered 4, 5 and 3 by ten a week at each store, so 75 for every dimension.
  const auto& lead = row(results, v1::MATURITY_COMPETENCY_LEADERSHIP_COMMITMENT);
  CHECK(lead.staff_status() == v1::CELL_STATUS_PUBLISHED);
  CHECK(lead.staff() == Approx(75));
  CHECK(lead.gap() == Approx(25));
  CHECK(lead.leaders_far_above());
  CHECK(lead.staff_figure() == "leadership dimension");

  const auto& values = row(results, v1::MATURITY_COMPETENCY_VALUES_AND_BRAND);
  CHECK(values.staff() == Approx(75));
  CHECK(values.gap() == Approx(5));
  CHECK_FALSE(values.leaders_far_above());

  const auto& empowerment = row(results, v1::MATURITY_COMPETENCY_EMPOWERMENT_AND_ENGAGEMENT);
  CHECK(empowerment.staff() == Approx(75));
  CHECK(empowerment.gap() == Approx(-15));
  CHECK_FALSE(empowerment.leaders_far_above());

  const auto& insight = row(results, v1::MATURITY_COMPETENCY_CUSTOMER_INSIGHT_AND_ACTION);
  CHECK_FALSE(insight.has_staff());
  CHECK_FALSE(insight.has_gap());
  CHECK(insight.held_back() == "no matching pulse figure");
  CHECK(insight.leaders() == Approx(40));

  // Store CHIs 75, 100 and 50: quartiles 62.5 and 87.5, IQR 25, consistency 100 - 2 x 25 = 50.
  const auto& consistency = row(results, v1::MATURITY_COMPETENCY_CONSISTENCY);
  CHECK(consistency.staff_status() == v1::CELL_STATUS_PUBLISHED);
  CHECK(consistency.staff() == Approx(50));
  CHECK(consistency.gap() == Approx(40));
  CHECK(consistency.leaders_far_above());
}

TEST_CASE("Leaders exactly at the threshold above their staff are not flagged, a point more is",
          "[maturity][gap]") {
  gap_fixture f;
  auto at = f.results(v1::SCOPE_KIND_REGION, 0, "North", {95, 96, 0, 0, 0});
  maturity::add_lip_service_gap(f.db.db(), hr(), at);
  CHECK(row(at, v1::MATURITY_COMPETENCY_LEADERSHIP_COMMITMENT).gap() == Approx(20));
  CHECK_FALSE(row(at, v1::MATURITY_COMPETENCY_LEADERSHIP_COMMITMENT).leaders_far_above());
  CHECK(row(at, v1::MATURITY_COMPETENCY_VALUES_AND_BRAND).gap() == Approx(21));
  CHECK(row(at, v1::MATURITY_COMPETENCY_VALUES_AND_BRAND).leaders_far_above());
  CHECK(maturity::consistency_score(0) == 100);
  CHECK(maturity::consistency_score(12.5) == Approx(75));
  CHECK(maturity::consistency_score(80) == 0);
}

TEST_CASE("A figure with too few answers is held back with its reason and no number", "[maturity][gap]") {
  gap_fixture f;
  auto results = f.results(v1::SCOPE_KIND_LOCATION, f.b1, "South", {100, 100, 100, 100, 100});
  maturity::add_lip_service_gap(f.db.db(), hr(), results);
  const auto& lead = row(results, v1::MATURITY_COMPETENCY_LEADERSHIP_COMMITMENT);
  CHECK(lead.staff_status() == v1::CELL_STATUS_SUPPRESSED);
  CHECK_FALSE(lead.has_staff());
  CHECK_FALSE(lead.has_gap());
  CHECK_FALSE(lead.leaders_far_above());
  CHECK(lead.held_back() == "too few answers to publish");
  // The same store's values item is published: 25, far below the leaders' 100.
  const auto& values = row(results, v1::MATURITY_COMPETENCY_VALUES_AND_BRAND);
  CHECK(values.staff() == Approx(25));
  CHECK(values.leaders_far_above());
  // One store has no spread across stores.
  CHECK_FALSE(row(results, v1::MATURITY_COMPETENCY_CONSISTENCY).has_staff());
}

TEST_CASE("A manager gets staff figures for a store of theirs and never for a wider scope", "[maturity][gap]") {
  gap_fixture f;
  auto store = f.results(v1::SCOPE_KIND_LOCATION, f.a1, "North", {80, 80, 80, 80, 80});
  maturity::add_lip_service_gap(f.db.db(), manager_of(f.a1), store);
  CHECK(row(store, v1::MATURITY_COMPETENCY_VALUES_AND_BRAND).staff() == Approx(75));
  CHECK(row(store, v1::MATURITY_COMPETENCY_LEADERSHIP_COMMITMENT).staff() == Approx(75));

  for (auto scope : {v1::SCOPE_KIND_REGION, v1::SCOPE_KIND_ORGANISATION}) {
    CAPTURE(scope);
    auto wider = f.results(scope, 0, scope == v1::SCOPE_KIND_REGION ? "North" : "", {80, 80, 80, 80, 80});
    maturity::add_lip_service_gap(f.db.db(), manager_of(f.a1), wider);
    REQUIRE(wider.lip_service_gap().rows_size() == 5);
    for (const auto& r : wider.lip_service_gap().rows()) {
      CAPTURE(r.competency());
      CHECK_FALSE(r.has_staff());
      CHECK_FALSE(r.has_gap());
      if (r.competency() == v1::MATURITY_COMPETENCY_CUSTOMER_INSIGHT_AND_ACTION)
        CHECK(r.held_back() == "no matching pulse figure");
      else
        CHECK(r.held_back() == "this scope covers stores beyond yours");
    }
  }
  auto other = f.results(v1::SCOPE_KIND_LOCATION, f.b1, "South", {80, 80, 80, 80, 80});
  maturity::add_lip_service_gap(f.db.db(), manager_of(f.a1), other);
  CHECK_FALSE(row(other, v1::MATURITY_COMPETENCY_VALUES_AND_BRAND).has_staff());
}

TEST_CASE("An open round is compared with the last 26 weeks published", "[maturity][gap]") {
  gap_fixture f;
  auto results = f.results(v1::SCOPE_KIND_ORGANISATION, 0, "", {80, 80, 80, 80, 80});
  results.mutable_round()->set_status(v1::MATURITY_ROUND_STATUS_OPEN);
  results.mutable_round()->clear_closed_on();
  maturity::add_lip_service_gap(f.db.db(), hr(), results);
  CHECK(results.lip_service_gap().last_week() == reports::week_text(f.first + 3));
  // The organisation's values: (4 + 5 + 3 + 2) / 4 on 1-5, 62.5 on 0-100.
  CHECK(row(results, v1::MATURITY_COMPETENCY_VALUES_AND_BRAND).staff() == Approx(62.5));
}
