#include "server/reports/statistics.h"

#include <cmath>
#include <limits>

namespace storepulse::reports {
namespace {

// Continued fraction of the incomplete beta function (modified Lentz's method).
double beta_fraction(double x, double a, double b) {
  constexpr double tiny = 1e-300;
  constexpr double epsilon = 1e-14;
  double qab = a + b, qap = a + 1, qam = a - 1;
  double c = 1, d = 1 - qab * x / qap;
  if (std::fabs(d) < tiny) d = tiny;
  d = 1 / d;
  double h = d;
  for (int m = 1; m <= 300; ++m) {
    double m2 = 2.0 * m;
    double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (std::fabs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (std::fabs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (std::fabs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (std::fabs(c) < tiny) c = tiny;
    d = 1 / d;
    double step = d * c;
    h *= step;
    if (std::fabs(step - 1) < epsilon) break;
  }
  return h;
}

double normal_two_sided_p(double z) { return std::erfc(std::fabs(z) / std::sqrt(2.0)); }

}  // namespace

interval wilson_interval(std::int64_t successes, std::int64_t n) {
  if (n <= 0) return {};
  double nn = static_cast<double>(n);
  double p = static_cast<double>(successes) / nn;
  double z2 = z_95 * z_95;
  double denominator = 1 + z2 / nn;
  double centre = (p + z2 / (2 * nn)) / denominator;
  double half = z_95 * std::sqrt(p * (1 - p) / nn + z2 / (4 * nn * nn)) / denominator;
  return {std::fmax(0.0, centre - half), std::fmin(1.0, centre + half)};
}

double incomplete_beta(double x, double a, double b) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  double front = std::exp(std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) +
                          b * std::log1p(-x));
  // The continued fraction converges fast only on one side of the mean; use the symmetry otherwise.
  if (x < (a + 1) / (a + b + 2)) return front * beta_fraction(x, a, b) / a;
  return 1 - front * beta_fraction(1 - x, b, a) / b;
}

double student_t_two_sided_p(double t, double df) {
  if (!std::isfinite(t)) return 0;
  if (df <= 0 || !std::isfinite(df)) return normal_two_sided_p(t);
  return incomplete_beta(df / (df + t * t), df / 2, 0.5);
}

test_result welch_t_test(double n1, double mean1, double sd1, double n2, double mean2, double sd2) {
  if (n1 < 2 || n2 < 2) return {};
  double a = sd1 * sd1 / n1, b = sd2 * sd2 / n2;
  if (a + b <= 0) {
    // Both groups answered unanimously: any difference is certain, none is no evidence.
    if (mean1 == mean2) return {0, 1};
    return {mean1 > mean2 ? std::numeric_limits<double>::infinity() : -std::numeric_limits<double>::infinity(), 0};
  }
  double t = (mean1 - mean2) / std::sqrt(a + b);
  return {t, student_t_two_sided_p(t, welch_degrees_of_freedom(a, n1, b, n2))};
}

double welch_degrees_of_freedom(double se1_sq, double n1, double se2_sq, double n2) {
  double denominator = se1_sq * se1_sq / (n1 - 1) + se2_sq * se2_sq / (n2 - 1);
  if (denominator <= 0) return n1 + n2 - 2;
  return (se1_sq + se2_sq) * (se1_sq + se2_sq) / denominator;
}

double student_t_95(double df) {
  if (df <= 0 || !std::isfinite(df)) return z_95;
  // The two-sided p falls as t grows: bisect until the bracket is far below display precision.
  double low = 0, high = 1000;
  for (int i = 0; i < 100 && high - low > 1e-12; ++i) {
    double mid = (low + high) / 2;
    (student_t_two_sided_p(mid, df) > 0.05 ? low : high) = mid;
  }
  return (low + high) / 2;
}

test_result two_proportion_z_test(std::int64_t x1, std::int64_t n1, std::int64_t x2, std::int64_t n2) {
  if (n1 <= 0 || n2 <= 0) return {};
  double p1 = static_cast<double>(x1) / static_cast<double>(n1);
  double p2 = static_cast<double>(x2) / static_cast<double>(n2);
  double pooled = static_cast<double>(x1 + x2) / static_cast<double>(n1 + n2);
  double se = std::sqrt(pooled * (1 - pooled) * (1.0 / static_cast<double>(n1) + 1.0 / static_cast<double>(n2)));
  if (se <= 0) return {0, 1};
  double z = (p1 - p2) / se;
  return {z, normal_two_sided_p(z)};
}

test_result z_test(double estimate1, double se1, double estimate2, double se2) {
  double se = std::sqrt(se1 * se1 + se2 * se2);
  if (se <= 0) {
    if (estimate1 == estimate2) return {0, 1};
    return {estimate1 > estimate2 ? std::numeric_limits<double>::infinity() : -std::numeric_limits<double>::infinity(), 0};
  }
  double z = (estimate1 - estimate2) / se;
  return {z, normal_two_sided_p(z)};
}

}  // namespace storepulse::reports
