#pragma once

#include "server/publication/series_content.h"
#include "server/reports/report_catalog.h"
#include "server/reports/report_period.h"
#include "server/storage/database.h"

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace storepulse::reports {

// Sums of one question's answers: count, sum, sum of squares and a histogram of values 0..10.
struct answer_stats {
  std::int64_t n = 0, sum = 0, sum_sq = 0;
  std::array<std::int64_t, 11> histogram{};

  // Adds another group's sums.
  void add(const answer_stats& other);
};

// What a store (or a sum of stores) may publish for one window. Every published part is a sum of
// whole published blocks (server/publication/); the raw_ fields add the blocks that are held or
// reach out of the window, only to tell "suppressed" from "no data", and are never published.
struct store_aggregate {
  std::vector<answer_stats> questions;
  std::vector<std::int64_t> raw_question_n;
  std::int64_t sessions = 0, raw_sessions = 0;
  double session_staff_weeks = 0;  // headcount x weeks whose sessions are known to the figure
  int session_weeks = 0;           // those weeks
  int open_weeks = 0;              // weeks of the window not closed yet (collecting)
  std::int64_t quarantined = 0, raw_quarantined = 0;
  std::array<std::array<std::int64_t, publication::amount_bands>, publication::remediation_categories> remediation{};  // [category][amount band]
  std::int64_t remediation_events = 0, raw_remediation_events = 0;
  double remediation_staff_weeks = 0;
  std::string revised_on;  // the last date late answers were released into these blocks

  // Adds another store's figures (for regions and the organisation).
  void add(const store_aggregate& other);
};

// Returns, for each window, one aggregate per catalog location (dense order): the published
// blocks lying wholly inside the window. Reads only the blocks table.
std::vector<std::vector<store_aggregate>> aggregate_windows(storage::database& db, const report_catalog& catalog,
                                                            std::span<const week_range> windows);

// Returns one store's aggregate (dense catalog index) for each window, reading only its blocks:
// what a store page needs, in memory proportional to the windows, not to the chain.
std::vector<store_aggregate> aggregate_store_windows(storage::database& db, const report_catalog& catalog,
                                                     std::span<const week_range> windows, int location);

}  // namespace storepulse::reports
