#include "server/plans/focus_suggestions.h"
#include "server/plans/starter_library.h"

#include <catch2/catch.hpp>

using namespace storepulse;

namespace {

void published_score(v1::Estimate& e, double value) {
  e.set_status(v1::CELL_STATUS_PUBLISHED);
  e.set_value(value);
}

void published_share(v1::Estimate& e, double value) { published_score(e, value); }

v1::DimensionScore& add_dimension(v1::LocationReport& r, v1::Dimension d, double score) {
  auto& dim = *r.add_dimensions();
  dim.set_dimension(d);
  published_score(*dim.mutable_score(), score);
  dim.mutable_trend()->set_status(v1::CELL_STATUS_PUBLISHED);
  dim.mutable_trend()->set_direction(v1::TREND_DIRECTION_NOT_SIGNIFICANT);
  return dim;
}

void add_organisation(v1::LocationReport& r, v1::Dimension d, double score) {
  auto& dim = *r.add_organisation_dimensions();
  dim.set_dimension(d);
  published_score(*dim.mutable_score(), score);
}

// A store whose figures are all fine: nothing to suggest.
v1::LocationReport healthy_store() {
  v1::LocationReport r;
  r.mutable_location()->set_id(7);
  r.mutable_location()->set_remediation_limit_minor(5000);
  r.mutable_location()->set_currency("EUR");
  r.mutable_period()->set_previous_label("4 weeks to 2026-W40");
  add_dimension(r, v1::DIMENSION_VALUES, 70);
  add_dimension(r, v1::DIMENSION_EMPOWERMENT, 68);
  add_dimension(r, v1::DIMENSION_RECOGNITION, 66);
  add_organisation(r, v1::DIMENSION_VALUES, 71);
  add_organisation(r, v1::DIMENSION_EMPOWERMENT, 66);
  add_organisation(r, v1::DIMENSION_RECOGNITION, 69);
  auto& e = *r.mutable_empowerment();
  published_share(*e.mutable_knows_limit(), 0.8);
  published_share(*e.mutable_used_last_7_days(), 0.5);
  auto& gap = *e.mutable_limit_gap();
  gap.set_status(v1::CELL_STATUS_PUBLISHED);
  gap.set_believe_lower(0.1);
  gap.set_believe_correct(0.75);
  gap.set_believe_higher(0.05);
  gap.set_dont_know(0.1);
  return r;
}

std::vector<std::string> rules(const v1::FocusSuggestions& s) {
  std::vector<std::string> out;
  for (const auto& x : s.suggestions()) out.push_back(x.rule());
  return out;
}

}  // namespace

TEST_CASE("A store with healthy published figures gets no suggestion", "[plans][suggestions]") {
  auto s = plans::suggest_focus(healthy_store(), plans::starter_library(), "en", {});
  CHECK(s.suggestions_size() == 0);
  CHECK(s.location_id() == 7);
}

TEST_CASE("Suggestions rank drops, then the limit figures, then gaps to the organisation, three at most",
          "[plans][suggestions]") {
  auto r = healthy_store();
  // Recognition fell significantly from 74 to 58.
  auto& recognition = *r.mutable_dimensions(2);
  published_score(*recognition.mutable_score(), 58);
  recognition.mutable_trend()->set_direction(v1::TREND_DIRECTION_DOWN);
  recognition.mutable_trend()->set_previous(74);
  recognition.mutable_trend()->set_change(-16);
  recognition.mutable_trend()->set_p_value(0.004);
  // 30% name the real limit; 49% believe it lower.
  auto& gap = *r.mutable_empowerment()->mutable_limit_gap();
  gap.set_believe_lower(0.49);
  gap.set_believe_correct(0.30);
  gap.set_believe_higher(0.09);
  gap.set_dont_know(0.12);
  // 22% used it in the last 7 days.
  published_share(*r.mutable_empowerment()->mutable_used_last_7_days(), 0.22);
  // Values 9 points under the organisation.
  published_score(*r.mutable_dimensions(0)->mutable_score(), 62);

  auto s = plans::suggest_focus(r, plans::starter_library(), "en", {});
  REQUIRE(s.suggestions_size() == 3);
  CHECK(rules(s) == std::vector<std::string>{"significant_drop", "limit_gap", "low_use"});
  CHECK(s.suggestions(0).reason() ==
        "Recognition fell from 74 to 58 against the previous period (4 weeks to 2026-W40), a significant drop (p = 0.004).");
  CHECK(s.suggestions(1).reason() == "Only 30% of staff name the real limit of 50 EUR; 49% believe it is lower.");
  CHECK(s.suggestions(2).reason() == "Only 22% fixed a customer's problem on the spot in the last 7 days.");
  CHECK(s.suggestions(0).target().kind() == v1::PLAN_TARGET_KIND_DIMENSION);
  CHECK(s.suggestions(0).target().dimension() == v1::DIMENSION_RECOGNITION);
  CHECK(s.suggestions(1).target().figure() == v1::EMPOWERMENT_FIGURE_LIMIT_GAP);
  for (const auto& x : s.suggestions()) CHECK(x.starters_size() >= 1);

  // Without the limit figures, the organisation gap comes third.
  r.mutable_empowerment()->mutable_limit_gap()->set_believe_correct(0.7);
  published_share(*r.mutable_empowerment()->mutable_used_last_7_days(), 0.5);
  s = plans::suggest_focus(r, plans::starter_library(), "en", {});
  CHECK(rules(s) == std::vector<std::string>{"significant_drop", "below_organisation"});
  CHECK(s.suggestions(1).reason() == "Values scores 62 here against 71 across the organisation.");
}

TEST_CASE("Suggestions read only published figures and never a withheld comparison", "[plans][suggestions]") {
  auto r = healthy_store();
  // A figure that is not published cannot suggest anything, however low its stored value.
  auto& used = *r.mutable_empowerment()->mutable_used_last_7_days();
  used.Clear();
  used.set_status(v1::CELL_STATUS_SUPPRESSED);
  r.mutable_empowerment()->mutable_limit_gap()->set_status(v1::CELL_STATUS_SUPPRESSED);
  r.mutable_empowerment()->mutable_limit_gap()->set_believe_correct(0.1);
  // 20 points under the organisation, but the manager's comparison is withheld.
  published_score(*r.mutable_dimensions(1)->mutable_score(), 46);
  r.set_organisation_withheld(true);
  auto s = plans::suggest_focus(r, plans::starter_library(), "en", {});
  CHECK(s.suggestions_size() == 0);
  r.set_organisation_withheld(false);
  s = plans::suggest_focus(r, plans::starter_library(), "en", {});
  CHECK(rules(s) == std::vector<std::string>{"below_organisation"});
}

TEST_CASE("A suggestion names the open plan that already addresses it, and its starters are in the language asked",
          "[plans][suggestions]") {
  auto r = healthy_store();
  published_share(*r.mutable_empowerment()->mutable_knows_limit(), 0.45);
  auto s = plans::suggest_focus(r, plans::starter_library(), "fr", {{"empowerment:EMPOWERMENT_FIGURE_KNOWS_LIMIT", 12}});
  REQUIRE(s.suggestions_size() == 1);
  CHECK(s.suggestions(0).rule() == "low_knows_limit");
  CHECK(s.suggestions(0).open_plan_id() == 12);
  REQUIRE(s.suggestions(0).starters_size() >= 1);
  CHECK(s.suggestions(0).starters(0).title() == "Afficher le plafond à chaque caisse");
  // A language the library lacks falls back to its first (English).
  s = plans::suggest_focus(r, plans::starter_library(), "de", {});
  CHECK(s.suggestions(0).starters(0).title() == "Post the limit at every till");
}
