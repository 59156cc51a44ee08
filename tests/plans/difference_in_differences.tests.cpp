#include "server/plans/difference_in_differences.h"

#include <catch2/catch.hpp>

#include <vector>

using storepulse::plans::did_missing;
using storepulse::plans::difference_in_differences;

// Worked by hand: treated changes 4, 6, 8, 10, 12 (mean 8, variance 10); comparison 1..5 (mean
// 3, variance 2.5). se = sqrt(10/5 + 2.5/5) = sqrt(2.5) = 1.58114; Welch's df = 2.5^2 / (2^2/4 +
// 0.5^2/4) = 5.88235; t(0.975, 5.88235) = 2.45882; 5 -/+ 2.45882 x 1.58114 = 1.11226 to 8.88774.
TEST_CASE("The difference in differences is the treated mean change minus the comparison's, with Welch's interval",
          "[plans][did]") {
  const std::vector<double> treated{4, 6, 8, 10, 12}, comparison{1, 2, 3, 4, 5};
  auto e = difference_in_differences(treated, comparison, 5);
  REQUIRE(e.missing == did_missing::none);
  CHECK(e.treated == 5);
  CHECK(e.comparison == 5);
  CHECK(e.treated_mean == Approx(8));
  CHECK(e.comparison_mean == Approx(3));
  CHECK(e.effect == Approx(5));
  CHECK(e.low == Approx(1.11226).margin(1e-4));
  CHECK(e.high == Approx(8.88774).margin(1e-4));

  SECTION("swapping the groups flips the estimate and its interval") {
    auto back = difference_in_differences(comparison, treated, 5);
    CHECK(back.effect == Approx(-5));
    CHECK(back.low == Approx(-8.88774).margin(1e-4));
    CHECK(back.high == Approx(-1.11226).margin(1e-4));
  }
}

TEST_CASE("Groups with identical changes give a zero-width interval, not a division by zero", "[plans][did]") {
  const std::vector<double> treated{2, 2, 2}, comparison{-1, -1, -1};
  auto e = difference_in_differences(treated, comparison, 3);
  REQUIRE(e.missing == did_missing::none);
  CHECK(e.effect == Approx(3));
  CHECK(e.low == Approx(3));
  CHECK(e.high == Approx(3));
}

TEST_CASE("Fewer stores than the minimum group in either group give no estimate", "[plans][did]") {
  const std::vector<double> five{1, 2, 3, 4, 5}, two{1, 3};
  auto few_treated = difference_in_differences(two, five, 5);
  CHECK(few_treated.missing == did_missing::few_treated);
  CHECK(few_treated.treated == 2);
  CHECK(few_treated.effect == 0);
  auto few_comparison = difference_in_differences(five, two, 5);
  CHECK(few_comparison.missing == did_missing::few_comparison);
  CHECK(few_comparison.comparison == 2);
  SECTION("a variance needs two stores even when the minimum says fewer") {
    const std::vector<double> one{4};
    CHECK(difference_in_differences(one, five, 1).missing == did_missing::few_treated);
    CHECK(difference_in_differences(five, two, 2).missing == did_missing::none);
  }
}
