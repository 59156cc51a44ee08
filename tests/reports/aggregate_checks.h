#pragma once

#include "server/reports/window_aggregate.h"

#include <catch2/catch.hpp>

namespace storepulse::reports::testing {

// Checks that two aggregates hold the same published and raw figures.
inline void require_same(const store_aggregate& one, const store_aggregate& other) {
  REQUIRE(one.questions.size() == other.questions.size());
  for (std::size_t q = 0; q < one.questions.size(); ++q) {
    CHECK(one.questions[q].n == other.questions[q].n);
    CHECK(one.questions[q].sum == other.questions[q].sum);
    CHECK(one.questions[q].sum_sq == other.questions[q].sum_sq);
    CHECK(one.questions[q].histogram == other.questions[q].histogram);
    CHECK(one.raw_question_n[q] == other.raw_question_n[q]);
  }
  CHECK(one.sessions == other.sessions);
  CHECK(one.raw_sessions == other.raw_sessions);
  CHECK(one.session_weeks == other.session_weeks);
  CHECK(one.session_staff_weeks == other.session_staff_weeks);
  CHECK(one.open_weeks == other.open_weeks);
  CHECK(one.quarantined == other.quarantined);
  CHECK(one.raw_quarantined == other.raw_quarantined);
  CHECK(one.remediation == other.remediation);
  CHECK(one.remediation_events == other.remediation_events);
  CHECK(one.raw_remediation_events == other.raw_remediation_events);
  CHECK(one.remediation_staff_weeks == other.remediation_staff_weeks);
  CHECK(one.revised_on == other.revised_on);
}

}  // namespace storepulse::reports::testing
