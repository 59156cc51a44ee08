#include "server/reports/indicators.h"

#include "server/reports/question_keys.h"
#include "server/reports/statistics.h"

#include <algorithm>
#include <cmath>

namespace storepulse::reports {
namespace {

double mean_of(const answer_stats& a) { return static_cast<double>(a.sum) / static_cast<double>(a.n); }

// Returns the sample standard deviation of the raw values.
double sd_of(const answer_stats& a) {
  if (a.n < 2) return 0;
  double n = static_cast<double>(a.n);
  double sum = static_cast<double>(a.sum);
  double variance = (static_cast<double>(a.sum_sq) - sum * sum / n) / (n - 1);
  return variance > 0 ? std::sqrt(variance) : 0;
}

std::int64_t range_count(const answer_stats& a, int from, int to) {
  std::int64_t total = 0;
  for (int v = from; v <= to; ++v) total += a.histogram[static_cast<std::size_t>(v)];
  return total;
}

// Favourable and unfavourable answer counts, per question type.
std::pair<std::int64_t, std::int64_t> favourable_counts(const question_row& q, const answer_stats& a) {
  switch (q.type) {
    case v1::QUESTION_TYPE_AGREE5: {
      auto agree = range_count(a, 4, 5), disagree = range_count(a, 1, 2);
      return q.reverse_scored ? std::pair{disagree, agree} : std::pair{agree, disagree};
    }
    case v1::QUESTION_TYPE_YES_NO:
      return {a.histogram[1], a.histogram[0]};
    case v1::QUESTION_TYPE_SCALE_0_10:
      return {range_count(a, 9, 10), range_count(a, 0, 6)};
    default:
      return {0, 0};
  }
}

bool has_shares(const question_row& q) {
  return q.type == v1::QUESTION_TYPE_AGREE5 || q.type == v1::QUESTION_TYPE_YES_NO ||
         q.type == v1::QUESTION_TYPE_SCALE_0_10;
}

void fill_share(std::int64_t x, std::int64_t n, v1::Estimate& out) {
  out.set_status(v1::CELL_STATUS_PUBLISHED);
  out.set_value(static_cast<double>(x) / static_cast<double>(n));
  auto ci = wilson_interval(x, n);
  out.set_ci_low(ci.low);
  out.set_ci_high(ci.high);
}

// Returns an item's 0-100 score and its standard error.
score_value item_score(const question_row& q, const answer_stats& a) {
  score_value s;
  s.status = v1::CELL_STATUS_PUBLISHED;
  double mean = mean_of(a);
  s.value = q.reverse_scored ? (5 - mean) * 25 : (mean - 1) * 25;
  s.se = sd_of(a) * 25 / std::sqrt(static_cast<double>(a.n));
  return s;
}

void fill_test(const test_result& result, double change, const char* test, v1::Trend& out) {
  out.set_status(v1::CELL_STATUS_PUBLISHED);
  out.set_change(change);
  out.set_p_value(result.p_value);
  out.set_test(test);
  out.set_direction(result.p_value >= significance_level || change == 0 ? v1::TREND_DIRECTION_NOT_SIGNIFICANT
                    : change > 0                                       ? v1::TREND_DIRECTION_UP
                                                                       : v1::TREND_DIRECTION_DOWN);
}

}  // namespace

v1::CellStatus status_of(std::int64_t published_n, std::int64_t raw_n) {
  if (published_n > 0) return v1::CELL_STATUS_PUBLISHED;
  return raw_n > 0 ? v1::CELL_STATUS_SUPPRESSED : v1::CELL_STATUS_NO_DATA;
}

void fill_question(const question_row& q, const answer_stats& a, std::int64_t raw_n, const answer_stats* previous,
                   v1::QuestionStats& out) {
  out.set_key(q.key);
  out.set_dimension(q.dimension);
  out.set_type(q.type);
  out.set_text(q.text);
  out.set_core(q.core);
  out.set_reverse_scored(q.reverse_scored);
  auto status = status_of(a.n, raw_n);
  out.set_status(status);
  out.mutable_favourable()->set_status(has_shares(q) ? status : v1::CELL_STATUS_NO_DATA);
  out.mutable_unfavourable()->set_status(has_shares(q) ? status : v1::CELL_STATUS_NO_DATA);
  out.mutable_score()->set_status(q.type == v1::QUESTION_TYPE_AGREE5 ? status : v1::CELL_STATUS_NO_DATA);
  out.mutable_enps()->set_status(q.type == v1::QUESTION_TYPE_SCALE_0_10 ? status : v1::CELL_STATUS_NO_DATA);
  out.mutable_trend()->set_status(status == v1::CELL_STATUS_PUBLISHED ? v1::CELL_STATUS_NO_DATA : status);
  if (status != v1::CELL_STATUS_PUBLISHED) return;

  out.set_n(static_cast<std::uint32_t>(a.n));
  out.set_mean(mean_of(a));
  out.set_sd(sd_of(a));
  for (auto count : a.histogram) out.add_histogram(static_cast<std::uint32_t>(count));
  if (has_shares(q)) {
    auto [fav, unfav] = favourable_counts(q, a);
    fill_share(fav, a.n, *out.mutable_favourable());
    fill_share(unfav, a.n, *out.mutable_unfavourable());
    if (q.type == v1::QUESTION_TYPE_AGREE5)
      out.set_polarisation(2.0 * static_cast<double>(std::min(fav, unfav)) / static_cast<double>(a.n));
    if (q.type == v1::QUESTION_TYPE_SCALE_0_10) {
      double p = static_cast<double>(fav) / static_cast<double>(a.n);
      double d = static_cast<double>(unfav) / static_cast<double>(a.n);
      double se = std::sqrt(std::max(0.0, p + d - (p - d) * (p - d)) / static_cast<double>(a.n));
      auto& e = *out.mutable_enps();
      e.set_status(v1::CELL_STATUS_PUBLISHED);
      e.set_value(100 * (p - d));
      e.set_ci_low(std::max(-100.0, 100 * (p - d - z_95 * se)));
      e.set_ci_high(std::min(100.0, 100 * (p - d + z_95 * se)));
    }
  }
  if (q.type == v1::QUESTION_TYPE_AGREE5) fill_score(item_score(q, a), *out.mutable_score());

  auto& trend = *out.mutable_trend();
  if (!previous || previous->n == 0 || q.type == v1::QUESTION_TYPE_LIMIT_BAND) {
    trend.set_status(previous && previous->n == 0 && q.type != v1::QUESTION_TYPE_LIMIT_BAND
                         ? v1::CELL_STATUS_SUPPRESSED
                         : v1::CELL_STATUS_NO_DATA);
    return;
  }
  if (q.type == v1::QUESTION_TYPE_YES_NO) {
    auto yes = a.histogram[1], yes_before = previous->histogram[1];
    auto result = two_proportion_z_test(yes, a.n, yes_before, previous->n);
    double share = static_cast<double>(yes) / static_cast<double>(a.n);
    double before = static_cast<double>(yes_before) / static_cast<double>(previous->n);
    trend.set_previous(before);
    fill_test(result, share - before, "two_proportion_z", trend);
    return;
  }
  double before = mean_of(*previous);
  auto result = welch_t_test(static_cast<double>(a.n), mean_of(a), sd_of(a), static_cast<double>(previous->n), before,
                             sd_of(*previous));
  trend.set_previous(before);
  // For reverse-scored items a higher mean is worse; the direction follows the favourable sense.
  double change = mean_of(a) - before;
  fill_test(result, q.reverse_scored ? -change : change, "welch_t", trend);
  trend.set_change(change);
}

score_value dimension_score(const report_catalog& catalog, const store_aggregate& agg, v1::Dimension dimension) {
  score_value result;
  int published = 0;
  bool suppressed = false;
  double total = 0, se_total = 0;
  for (std::size_t i = 0; i < catalog.questions.size(); ++i) {
    const auto& q = catalog.questions[i];
    if (q.dimension != dimension || q.type != v1::QUESTION_TYPE_AGREE5 || i >= agg.questions.size()) continue;
    if (agg.questions[i].n > 0) {
      auto s = item_score(q, agg.questions[i]);
      total += s.value;
      se_total += s.se;
      ++published;
    } else if (agg.raw_question_n[i] > 0) {
      suppressed = true;
    }
  }
  if (published > 0) {
    result.status = v1::CELL_STATUS_PUBLISHED;
    result.value = total / published;
    result.se = se_total / published;
  } else {
    result.status = suppressed ? v1::CELL_STATUS_SUPPRESSED : v1::CELL_STATUS_NO_DATA;
  }
  return result;
}

score_value chi_score(const report_catalog& catalog, const store_aggregate& agg) {
  score_value result;
  double total = 0, se_total = 0;
  bool any_data = false, all_published = true;
  for (auto d : {v1::DIMENSION_VALUES, v1::DIMENSION_EMPOWERMENT, v1::DIMENSION_RECOGNITION}) {
    auto s = dimension_score(catalog, agg, d);
    if (s.status != v1::CELL_STATUS_NO_DATA) any_data = true;
    if (s.status != v1::CELL_STATUS_PUBLISHED) {
      all_published = false;
      continue;
    }
    total += s.value;
    se_total += s.se;
  }
  if (all_published) {
    result.status = v1::CELL_STATUS_PUBLISHED;
    result.value = total / 3;
    result.se = se_total / 3;
  } else {
    result.status = any_data ? v1::CELL_STATUS_SUPPRESSED : v1::CELL_STATUS_NO_DATA;
  }
  return result;
}

void fill_score(const score_value& score, v1::Estimate& out) {
  out.set_status(score.status);
  if (score.status != v1::CELL_STATUS_PUBLISHED) return;
  out.set_value(score.value);
  out.set_ci_low(std::max(0.0, score.value - z_95 * score.se));
  out.set_ci_high(std::min(100.0, score.value + z_95 * score.se));
}

void fill_score_trend(const score_value& current, const score_value& previous, v1::Trend& out) {
  if (current.status != v1::CELL_STATUS_PUBLISHED || previous.status != v1::CELL_STATUS_PUBLISHED) {
    bool hidden = current.status == v1::CELL_STATUS_SUPPRESSED || previous.status == v1::CELL_STATUS_SUPPRESSED;
    out.set_status(hidden ? v1::CELL_STATUS_SUPPRESSED : v1::CELL_STATUS_NO_DATA);
    return;
  }
  out.set_previous(previous.value);
  fill_test(z_test(current.value, current.se, previous.value, previous.se), current.value - previous.value,
            "z_conservative", out);
}

void fill_dimension(const report_catalog& catalog, const store_aggregate& current, const store_aggregate* previous,
                    v1::Dimension dimension, v1::DimensionScore& out) {
  out.set_dimension(dimension);
  auto score = dimension_score(catalog, current, dimension);
  fill_score(score, *out.mutable_score());
  if (previous) {
    fill_score_trend(score, dimension_score(catalog, *previous, dimension), *out.mutable_trend());
  } else {
    out.mutable_trend()->set_status(v1::CELL_STATUS_NO_DATA);
  }
  if (score.status != v1::CELL_STATUS_PUBLISHED) return;

  // Pool the published items' answers on the 0-100 scale.
  std::int64_t fav = 0, unfav = 0, n = 0;
  double sum = 0, sum_sq = 0;
  for (std::size_t i = 0; i < catalog.questions.size(); ++i) {
    const auto& q = catalog.questions[i];
    if (q.dimension != dimension || q.type != v1::QUESTION_TYPE_AGREE5) continue;
    const auto& a = current.questions[i];
    if (a.n == 0) continue;
    auto [f, u] = favourable_counts(q, a);
    fav += f;
    unfav += u;
    n += a.n;
    for (int v = 1; v <= 5; ++v) {
      double y = q.reverse_scored ? (5 - v) * 25.0 : (v - 1) * 25.0;
      auto count = static_cast<double>(a.histogram[static_cast<std::size_t>(v)]);
      sum += count * y;
      sum_sq += count * y * y;
    }
  }
  double polarisation = 2.0 * static_cast<double>(std::min(fav, unfav)) / static_cast<double>(n);
  double mean = sum / static_cast<double>(n);
  double sd = std::sqrt(std::max(0.0, sum_sq / static_cast<double>(n) - mean * mean));
  out.set_polarisation(polarisation);
  out.set_agreement(std::clamp(1 - sd / 50, 0.0, 1.0));
  out.set_polarised(polarisation >= polarised_threshold);
}

void fill_participation(const store_aggregate& agg, std::int64_t headcount, v1::Participation& out) {
  out.set_headcount(static_cast<std::uint32_t>(std::max<std::int64_t>(0, headcount)));
  // Held back: whether participation is low cannot be told, so no alert either.
  if (agg.sessions == 0 && agg.raw_sessions > 0) {
    out.set_status(v1::CELL_STATUS_SUPPRESSED);
    return;
  }
  out.set_weeks(static_cast<std::uint32_t>(std::max(0, agg.session_weeks)));
  if (agg.session_staff_weeks <= 0) {
    out.set_status(agg.sessions > 0 ? v1::CELL_STATUS_PUBLISHED : v1::CELL_STATUS_NO_DATA);
    if (agg.sessions > 0) out.set_sessions(static_cast<std::uint32_t>(agg.sessions));
    return;
  }
  double rate = static_cast<double>(agg.sessions) / agg.session_staff_weeks;
  out.set_status(v1::CELL_STATUS_PUBLISHED);
  out.set_sessions(static_cast<std::uint32_t>(agg.sessions));
  out.set_rate(rate);
  out.set_staff_weeks(agg.session_staff_weeks);
  out.set_above_headcount(rate > 1);
  out.set_low(rate < low_participation_rate);
}

std::array<std::int64_t, 4> limit_gap_counts(const question_row& q, const answer_stats& a,
                                             std::int64_t real_limit_minor) {
  std::array<std::int64_t, 4> counts{};
  const auto bands = static_cast<int>(q.limit_bands.size());
  // The band holding the real limit: the first whose upper bound reaches it.
  int correct = bands;
  for (int i = 0; i < bands; ++i) {
    if (real_limit_minor <= q.limit_bands[static_cast<std::size_t>(i)]) {
      correct = i;
      break;
    }
  }
  for (int v = 0; v <= 10; ++v) {
    auto count = a.histogram[static_cast<std::size_t>(v)];
    if (count == 0) continue;
    if (v >= bands) counts[3] += count;
    else if (v < correct) counts[0] += count;
    else if (v == correct) counts[1] += count;
    else counts[2] += count;
  }
  return counts;
}

void fill_key_share(const report_catalog& catalog, const store_aggregate& agg, std::string_view key,
                    v1::Estimate& out) {
  int i = catalog.find_question(key);
  if (i < 0 || static_cast<std::size_t>(i) >= agg.questions.size()) {
    out.set_status(v1::CELL_STATUS_NO_DATA);
    return;
  }
  const auto& q = catalog.questions[static_cast<std::size_t>(i)];
  const auto& a = agg.questions[static_cast<std::size_t>(i)];
  out.set_status(has_shares(q) ? status_of(a.n, agg.raw_question_n[static_cast<std::size_t>(i)]) : v1::CELL_STATUS_NO_DATA);
  if (out.status() != v1::CELL_STATUS_PUBLISHED) return;
  fill_share(favourable_counts(q, a).first, a.n, out);
}

void fill_enps(const report_catalog& catalog, const store_aggregate& agg, v1::Estimate& out) {
  out.set_status(v1::CELL_STATUS_NO_DATA);
  for (std::size_t i = 0; i < catalog.questions.size() && i < agg.questions.size(); ++i) {
    const auto& q = catalog.questions[i];
    if (q.type != v1::QUESTION_TYPE_SCALE_0_10) continue;
    v1::QuestionStats stats;
    fill_question(q, agg.questions[i], agg.raw_question_n[i], nullptr, stats);
    out = stats.enps();
    return;
  }
}

void fill_remediation(const store_aggregate& agg, v1::RemediationStats& out) {
  if (agg.remediation_events == 0 && agg.raw_remediation_events > 0) {
    out.set_status(v1::CELL_STATUS_SUPPRESSED);
    return;
  }
  if (agg.remediation_staff_weeks <= 0 && agg.remediation_events == 0) {
    out.set_status(v1::CELL_STATUS_NO_DATA);
    return;
  }
  out.set_status(v1::CELL_STATUS_PUBLISHED);
  out.set_events(static_cast<std::uint32_t>(agg.remediation_events));
  if (agg.remediation_staff_weeks > 0)
    out.set_per_10_staff_per_week(static_cast<double>(agg.remediation_events) * 10 / agg.remediation_staff_weeks);
  if (agg.remediation_events == 0) return;
  double total = static_cast<double>(agg.remediation_events);
  for (int c = 1; c <= 5; ++c) {
    std::int64_t events = 0;
    for (auto n : agg.remediation[static_cast<std::size_t>(c)]) events += n;
    auto* row = out.add_by_category();
    row->set_category(static_cast<v1::RemediationCategory>(c));
    row->set_events(static_cast<std::uint32_t>(events));
    row->set_share(static_cast<double>(events) / total);
  }
  for (int b = 1; b < publication::amount_bands; ++b) {
    std::int64_t events = 0;
    for (const auto& category : agg.remediation) events += category[static_cast<std::size_t>(b)];
    auto* row = out.add_by_band();
    row->set_amount_band(static_cast<v1::AmountBand>(b));
    row->set_events(static_cast<std::uint32_t>(events));
    row->set_share(static_cast<double>(events) / total);
  }
}

void fill_empowerment(const report_catalog& catalog, const store_aggregate& agg,
                      const std::array<std::int64_t, 4>& limit_gap, std::int64_t raw_limit_answers,
                      v1::Empowerment& out) {
  fill_key_share(catalog, agg, question_keys::knows_limit, *out.mutable_knows_limit());
  fill_key_share(catalog, agg, question_keys::used_last_7_days, *out.mutable_used_last_7_days());
  fill_key_share(catalog, agg, question_keys::feels_trusted, *out.mutable_feels_trusted());
  fill_remediation(agg, *out.mutable_remediation());
  auto& gap = *out.mutable_limit_gap();
  std::int64_t n = limit_gap[0] + limit_gap[1] + limit_gap[2] + limit_gap[3];
  gap.set_status(status_of(n, raw_limit_answers));
  if (n == 0) return;
  double total = static_cast<double>(n);
  gap.set_n(static_cast<std::uint32_t>(n));
  gap.set_believe_lower(static_cast<double>(limit_gap[0]) / total);
  gap.set_believe_correct(static_cast<double>(limit_gap[1]) / total);
  gap.set_believe_higher(static_cast<double>(limit_gap[2]) / total);
  gap.set_dont_know(static_cast<double>(limit_gap[3]) / total);
}

std::vector<v1::Dimension> scored_dimensions(const report_catalog& catalog) {
  std::vector<v1::Dimension> dims;
  for (const auto& q : catalog.questions)
    if (q.type == v1::QUESTION_TYPE_AGREE5 && q.dimension != v1::DIMENSION_UNSPECIFIED) dims.push_back(q.dimension);
  std::sort(dims.begin(), dims.end());
  dims.erase(std::unique(dims.begin(), dims.end()), dims.end());
  return dims;
}

void fill_consistency(std::vector<double> values, v1::Consistency& out) {
  out.set_stores(static_cast<std::uint32_t>(values.size()));
  if (values.size() < 2) {
    out.set_status(values.empty() ? v1::CELL_STATUS_NO_DATA : v1::CELL_STATUS_SUPPRESSED);
    return;
  }
  std::sort(values.begin(), values.end());
  auto quantile = [&](double p) {
    double pos = p * static_cast<double>(values.size() - 1);
    auto lo = static_cast<std::size_t>(std::floor(pos));
    auto hi = std::min(lo + 1, values.size() - 1);
    return values[lo] + (pos - static_cast<double>(lo)) * (values[hi] - values[lo]);
  };
  double mean = 0;
  for (double v : values) mean += v;
  mean /= static_cast<double>(values.size());
  double ss = 0;
  for (double v : values) ss += (v - mean) * (v - mean);
  out.set_status(v1::CELL_STATUS_PUBLISHED);
  out.set_median(quantile(0.5));
  out.set_q1(quantile(0.25));
  out.set_q3(quantile(0.75));
  out.set_iqr(quantile(0.75) - quantile(0.25));
  out.set_sd(std::sqrt(ss / static_cast<double>(values.size() - 1)));
}

}  // namespace storepulse::reports
