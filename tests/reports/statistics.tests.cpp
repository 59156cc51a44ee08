#include "server/reports/statistics.h"

#include <catch2/catch.hpp>

using namespace storepulse::reports;

TEST_CASE("Wilson interval of 8 out of 10 matches the textbook value", "[reports][statistics]") {
  // p = 0.8, z = 1.96: centre (0.8 + 0.19207) / 1.38415 = 0.71674, half 0.31362 / 1.38415 = 0.22659.
  auto ci = wilson_interval(8, 10);
  CHECK(ci.low == Approx(0.4902).margin(0.0005));
  CHECK(ci.high == Approx(0.9433).margin(0.0005));
}

TEST_CASE("Wilson interval stays inside 0..1 at the extremes", "[reports][statistics]") {
  auto none = wilson_interval(0, 5);
  CHECK(none.low == 0);
  CHECK(none.high == Approx(0.4345).margin(0.0005));
  auto all = wilson_interval(5, 5);
  CHECK(all.high == 1);
  CHECK(all.low == Approx(0.5655).margin(0.0005));
}

TEST_CASE("Regularised incomplete beta matches a binomial sum", "[reports][statistics]") {
  // I_0.5(2, 3) = P(Binomial(4, 0.5) >= 2) = (6 + 4 + 1) / 16.
  CHECK(incomplete_beta(0.5, 2, 3) == Approx(0.6875).epsilon(1e-10));
  CHECK(incomplete_beta(0.9, 2, 3) == Approx(1 - 0.0037).margin(1e-4));
}

TEST_CASE("Welch's t-test gives Student's p-value for equal groups", "[reports][statistics]") {
  // Means 4 and 3, sd 1, n 10 each: t = 1 / sqrt(0.2) = 2.2361 with 18 degrees of freedom, p = 0.0382.
  auto result = welch_t_test(10, 4, 1, 10, 3, 1);
  CHECK(result.statistic == Approx(2.2361).margin(1e-4));
  CHECK(result.p_value == Approx(0.0382).margin(5e-4));
  auto none = welch_t_test(10, 3, 1, 10, 3, 1);
  CHECK(none.p_value == Approx(1.0));
}

TEST_CASE("Two-proportion z-test of 30/50 against 20/50", "[reports][statistics]") {
  // Pooled p = 0.5, se = sqrt(0.25 x 0.04) = 0.1, z = 0.2 / 0.1 = 2, p = 0.0455.
  auto result = two_proportion_z_test(30, 50, 20, 50);
  CHECK(result.statistic == Approx(2.0));
  CHECK(result.p_value == Approx(0.0455).margin(1e-4));
}

TEST_CASE("Student's t for 95% intervals matches the table and tends to the normal", "[reports][statistics]") {
  CHECK(student_t_95(5) == Approx(2.5706).margin(0.0001));
  CHECK(student_t_95(30) == Approx(2.0423).margin(0.0001));
  CHECK(student_t_95(1e6) == Approx(z_95).margin(0.0001));
  CHECK(student_t_95(0) == z_95);
}

TEST_CASE("Welch's degrees of freedom fall between the smaller group's and the pooled count", "[reports][statistics]") {
  // Equal variances and sizes: exactly the pooled n1 + n2 - 2.
  CHECK(welch_degrees_of_freedom(1, 5, 1, 5) == Approx(8));
  // 2.5^2 / (2^2 / 4 + 0.5^2 / 4) = 5.88235.
  CHECK(welch_degrees_of_freedom(2, 5, 0.5, 5) == Approx(5.88235).margin(1e-5));
}
