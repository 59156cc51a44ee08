#pragma once

#include "server/auth/principal.h"
#include "server/reports/report_catalog.h"
#include "server/storage/database.h"
#include "storepulse/v1/plans.pb.h"

#include <cstddef>

namespace storepulse::plans {

// Returns, per dimension, the stores that completed a plan on it against the stores with no plan
// on it over the same weeks: each done store's change around its own plan (plan_outcome's
// windows), each comparison store's mean change over those same windows, and the difference of
// the two means with its interval (difference_in_differences). Store figures are dimension scores
// over whole published blocks; a store whose windows are not both published is left out and
// counted. A group under min_stores shows no figure. For HR: who must see every plan.
v1::ActingComparison acting_comparison(storage::database& db, const reports::report_catalog& catalog,
                                       const auth::principal& who, std::size_t min_stores, int today);

}  // namespace storepulse::plans
