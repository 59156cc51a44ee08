#pragma once

#include "storepulse/v1/plans.pb.h"
#include "storepulse/v1/reports.pb.h"

#include <cstdint>
#include <map>
#include <string>

namespace storepulse::plans {

// Thresholds of the suggestion rules (see docs/action_plans.md).
inline constexpr double limit_known_below = 0.5;  // share naming the real limit
inline constexpr double used_last_7_days_below = 0.35;
inline constexpr double knows_limit_below = 0.6;
inline constexpr double below_organisation_by = 5.0;  // score points under the organisation
inline constexpr int max_suggestions = 3;

// Returns up to three focus areas for a store from its report's published figures only, most
// pressing first: significant drops of a dimension, a large believed-vs-real-limit gap, low use
// of the limit in the last 7 days, few who know their limit, then the dimensions furthest below
// the organisation (where the comparison is shown to the caller). Each carries a one-sentence
// reason, the starter actions in the language asked for, and the open plan of the store that
// already addresses it (open_plans: target_id -> plan id).
v1::FocusSuggestions suggest_focus(const v1::LocationReport& report, const v1::StarterActionLibrary& library,
                                   const std::string& language, const std::map<std::string, std::int64_t>& open_plans);

}  // namespace storepulse::plans
