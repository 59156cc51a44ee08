#include "server/plans/difference_in_differences.h"

#include "server/reports/statistics.h"

#include <algorithm>
#include <cmath>

namespace storepulse::plans {
namespace {

struct group_moments {
  double n = 0, mean = 0, variance = 0;  // sample variance (n - 1)
};

group_moments moments_of(std::span<const double> values) {
  group_moments m;
  m.n = static_cast<double>(values.size());
  for (double v : values) m.mean += v;
  m.mean /= m.n;
  for (double v : values) m.variance += (v - m.mean) * (v - m.mean);
  m.variance /= m.n - 1;
  return m;
}

}  // namespace

did_estimate difference_in_differences(std::span<const double> treated, std::span<const double> comparison,
                                       std::size_t min_stores) {
  did_estimate out;
  out.treated = treated.size();
  out.comparison = comparison.size();
  const auto needed = std::max<std::size_t>(min_stores, 2);
  if (treated.size() < needed) {
    out.missing = did_missing::few_treated;
    return out;
  }
  if (comparison.size() < needed) {
    out.missing = did_missing::few_comparison;
    return out;
  }
  const auto t = moments_of(treated);
  const auto c = moments_of(comparison);
  const double se_t = t.variance / t.n, se_c = c.variance / c.n;
  const double half = reports::student_t_95(reports::welch_degrees_of_freedom(se_t, t.n, se_c, c.n)) *
                      std::sqrt(se_t + se_c);
  out.treated_mean = t.mean;
  out.comparison_mean = c.mean;
  out.effect = t.mean - c.mean;
  out.low = out.effect - half;
  out.high = out.effect + half;
  return out;
}

}  // namespace storepulse::plans
