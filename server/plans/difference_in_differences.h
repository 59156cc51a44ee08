#pragma once

#include <cstddef>
#include <span>

namespace storepulse::plans {

// Why a difference in differences is not shown.
enum class did_missing { none, few_treated, few_comparison };

// The mean change of the treated stores minus the mean change of the comparison stores, with
// Welch's 95% interval: se = sqrt(s_t^2 / n_t + s_c^2 / n_c), t at Welch-Satterthwaite's df.
struct did_estimate {
  did_missing missing = did_missing::none;
  std::size_t treated = 0, comparison = 0;  // the group sizes
  double treated_mean = 0, comparison_mean = 0;
  double effect = 0, low = 0, high = 0;
};

// Returns the estimate from each store's change (after minus before), or why not: a group with
// fewer than min_stores stores (never fewer than 2, the fewest that give a variance).
did_estimate difference_in_differences(std::span<const double> treated, std::span<const double> comparison,
                                       std::size_t min_stores);

}  // namespace storepulse::plans
