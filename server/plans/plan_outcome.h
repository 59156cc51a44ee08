#pragma once

#include "server/reports/report_catalog.h"
#include "server/reports/report_period.h"
#include "server/storage/database.h"
#include "storepulse/v1/plans.pb.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace storepulse::plans {

// Each window is as long as the plan ran (its ISO weeks, first to last), within these bounds.
inline constexpr int min_outcome_weeks = 2;
inline constexpr int max_outcome_weeks = 13;

// What "does acting work?" compares: a target over some stores, between two dates.
struct outcome_request {
  v1::PlanTarget target;
  std::vector<std::int64_t> location_ids;  // the plan's store, or every store of its region or organisation
  int start_day = 0;                       // days since 1970-01-01
  int end_day = 0;                         // the day it was done
};

// The weeks a done plan is judged on: as many before its start week as after its end week.
struct outcome_windows {
  int weeks = 0;
  reports::week_range before, after;
};

// Returns the windows of a plan that started and was done on these days (days since
// 1970-01-01), or nullopt when the dates are out of range.
std::optional<outcome_windows> windows_of(int start_day, int end_day);

// Returns the ids of the catalog's stores a plan covers: its store, its region's or every store.
std::vector<std::int64_t> plan_location_ids(const reports::report_catalog& catalog, const v1::ActionPlan& plan);

// Returns the target's figure over the same number of weeks before the plan's start and after its
// end, from published blocks only (so every figure obeys the suppression rules), with the test
// the trends use: the conservative z-test for dimension scores, Welch's t for question means, the
// two-proportion z-test for shares. A window not yet published, held back or empty says why.
v1::PlanOutcome plan_outcome(storage::database& db, const reports::report_catalog& catalog,
                             const outcome_request& request);

}  // namespace storepulse::plans
