#pragma once

#include <cstdint>

namespace storepulse::reports {

// A 95% interval.
struct interval {
  double low = 0;
  double high = 0;
};

// The outcome of a two-sided test.
struct test_result {
  double statistic = 0;
  double p_value = 1;
};

// Returns the Wilson score interval (95%) of successes out of n; n must be positive.
interval wilson_interval(std::int64_t successes, std::int64_t n);

// Returns Welch's unequal-variances t-test of two means from their n, mean and sample sd.
test_result welch_t_test(double n1, double mean1, double sd1, double n2, double mean2, double sd2);

// Returns the pooled two-proportion z-test of x1/n1 against x2/n2.
test_result two_proportion_z_test(std::int64_t x1, std::int64_t n1, std::int64_t x2, std::int64_t n2);

// Returns the z-test of a difference of two estimates with the given standard errors.
test_result z_test(double estimate1, double se1, double estimate2, double se2);

// Returns the Welch-Satterthwaite degrees of freedom of a difference of two means, from each
// mean's squared standard error (variance / n) and its group size; both groups need n >= 2.
double welch_degrees_of_freedom(double se1_sq, double n1, double se2_sq, double n2);

// Returns t with P(|T| >= t) = 0.05 for Student's t with df degrees of freedom (the normal 1.96
// when df is not finite or not positive), for 95% intervals.
double student_t_95(double df);

// Returns P(|T| >= |t|) for Student's t with df degrees of freedom.
double student_t_two_sided_p(double t, double df);

// Returns the regularised incomplete beta function I_x(a, b).
double incomplete_beta(double x, double a, double b);

// The 97.5% normal quantile, for 95% intervals.
inline constexpr double z_95 = 1.959963984540054;

}  // namespace storepulse::reports
