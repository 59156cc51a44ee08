#pragma once

#include "server/auth/principal.h"
#include "server/reports/period_data.h"
#include "server/storage/database.h"
#include "storepulse/v1/maturity.pb.h"

#include <map>
#include <optional>
#include <string>

// The lip-service gap of a maturity round: what leaders said (the consensus per competency)
// beside what their staff report in the pulse over the same six months, from published blocks
// only. See docs/maturity_assessment.md.
namespace storepulse::maturity {

// Weeks of pulse a round is compared with.
inline constexpr int gap_weeks = 26;
// Leaders are "far above their staff" when their score exceeds the staff's by more than this.
inline constexpr double far_above_points = 20;
// Consistency = 100 - this x the interquartile range of the store CHIs.
inline constexpr double consistency_iqr_factor = 2;

// A staff figure on 0-100, or why it is held back (status not PUBLISHED, held_back set).
struct staff_figure {
  v1::CellStatus status = v1::CELL_STATUS_NO_DATA;
  double value = 0;
  std::string source;     // which pulse figure; empty when none matches the competency
  std::string held_back;  // why there is no value
};

// Returns the consistency score of a spread of store CHIs: 100 - 2 x IQR, kept within 0-100.
double consistency_score(double iqr);

// Returns the weeks a round is compared with: the gap_weeks ending with the week it closed, or
// for an open round with the last week published (nullopt when nothing is).
std::optional<reports::week_range> gap_window(const v1::MaturityRound& round, std::optional<int> closed_through);

// Returns each competency's staff figure for the round's scope as the caller may see it: a
// manager gets figures only for a store of theirs, never for a wider scope.
std::map<v1::MaturityCompetency, staff_figure> staff_figures(const reports::period_data& data,
                                                             const v1::MaturityRound& round,
                                                             const auth::principal& who);

// Fills the gap rows from the results' consensus scores and the staff figures.
void fill_gap(const v1::MaturityResults& results, const std::map<v1::MaturityCompetency, staff_figure>& staff,
              const reports::week_range& weeks, v1::MaturityLipServiceGap& out);

// Adds the lip-service gap to a round's results, reading the published blocks.
void add_lip_service_gap(storage::database& db, const auth::principal& who, v1::MaturityResults& results);

}  // namespace storepulse::maturity
