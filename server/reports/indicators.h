#pragma once

#include "server/reports/report_catalog.h"
#include "server/reports/window_aggregate.h"
#include "storepulse/v1/reports.pb.h"

#include <array>
#include <cstdint>
#include <vector>

namespace storepulse::reports {

// Alert thresholds; see docs/indicators.md.
inline constexpr double low_participation_rate = 0.3;
inline constexpr double polarised_threshold = 0.5;
inline constexpr double significance_level = 0.05;

// A 0-100 score with a conservative standard error, or the reason it is not published.
struct score_value {
  v1::CellStatus status = v1::CELL_STATUS_NO_DATA;
  double value = 0;
  double se = 0;
};

// Returns the status of a figure from its published and raw counts.
v1::CellStatus status_of(std::int64_t published_n, std::int64_t raw_n);

// Fills one question's figures; previous may be null when there is no earlier period.
void fill_question(const question_row& question, const answer_stats& current, std::int64_t raw_n,
                   const answer_stats* previous, v1::QuestionStats& out);

// Returns the 0-100 score of a dimension: the mean of its published AGREE5 item scores, with the
// mean of their standard errors (an upper bound whatever the items' correlation).
score_value dimension_score(const report_catalog& catalog, const store_aggregate& aggregate, v1::Dimension dimension);

// Returns the Culture Health Index: the mean of the three core dimensions when all three are
// published.
score_value chi_score(const report_catalog& catalog, const store_aggregate& aggregate);

// Fills a dimension's score, polarisation, agreement and trend.
void fill_dimension(const report_catalog& catalog, const store_aggregate& current, const store_aggregate* previous,
                    v1::Dimension dimension, v1::DimensionScore& out);

// Fills a 0-100 estimate with its 95% interval.
void fill_score(const score_value& score, v1::Estimate& out);

// Fills a trend between two scores with the conservative z-test.
void fill_score_trend(const score_value& current, const score_value& previous, v1::Trend& out);

// Fills participation: sessions / (headcount x weeks covered).
void fill_participation(const store_aggregate& aggregate, std::int64_t headcount, v1::Participation& out);

// Returns counts of believing a lower, the correct, a higher limit and "don't know".
std::array<std::int64_t, 4> limit_gap_counts(const question_row& question, const answer_stats& answers,
                                             std::int64_t real_limit_minor);

// Fills the empowerment panel; limit_gap holds summed limit_gap_counts and whether any answer
// was held back.
void fill_empowerment(const report_catalog& catalog, const store_aggregate& aggregate,
                      const std::array<std::int64_t, 4>& limit_gap, std::int64_t raw_limit_answers,
                      v1::Empowerment& out);

// Fills the share of favourable answers to a question given by key (no data when it is absent).
void fill_key_share(const report_catalog& catalog, const store_aggregate& aggregate, std::string_view key,
                    v1::Estimate& out);

// Fills eNPS from the first 0-10 question that has data.
void fill_enps(const report_catalog& catalog, const store_aggregate& aggregate, v1::Estimate& out);

// Fills remediation events: count, rate per 10 staff per week, mix of categories and bands.
void fill_remediation(const store_aggregate& aggregate, v1::RemediationStats& out);

// Returns the dimensions that have at least one AGREE5 item, in enum order.
std::vector<v1::Dimension> scored_dimensions(const report_catalog& catalog);

// Returns the quartiles, IQR and sd of published values (the CHI of stores).
void fill_consistency(std::vector<double> values, v1::Consistency& out);

}  // namespace storepulse::reports
