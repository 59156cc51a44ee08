#pragma once

#include "server/auth/principal.h"
#include "server/reports/period_data.h"
#include "storepulse/v1/reports.pb.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace storepulse::reports {

// A region or the organisation as one caller may see it.
struct comparison {
  store_aggregate current, previous;
  bool withheld = false;  // some series were dropped for this caller
};

// Returns the sum of the members' figures. For a caller who cannot see every member (a
// manager), each series (a question's answers, sessions, remediation events, quarantined
// submissions) is kept only where at least min_stores members other than the caller's own
// publish it in that period, so that the scope minus the caller's stores never narrows down to
// one or two other stores. region names the scope (none for the organisation).
comparison compare(const period_data& data, std::span<const std::size_t> members, const auth::principal& who,
                   int min_stores, const std::optional<std::string>& region = std::nullopt);

// Fills a region's or the organisation's summary; the spread of store CHIs only for HR.
void fill_scope(const period_data& data, v1::ScopeKind kind, const std::string& name, const comparison& scope,
                std::span<const std::size_t> members, bool show_spread, v1::ScopeSummary& out);

// Fills one store's row of the overview heatmap, with its alert kinds.
void fill_store_row(const period_data& data, const v1::PeriodInfo& period, std::size_t store, v1::StoreRow& row);

// Returns the limit-gap counts of a store (or a sum of stores) and adds the raw answers to raw.
std::array<std::int64_t, 4> store_limit_gap(const report_catalog& catalog, const store_aggregate& aggregate,
                                            const location_row& location, std::int64_t& raw);

// Returns true when a question is shown: active, or answered in the period.
bool question_shown(const question_row& question, const store_aggregate& aggregate, std::size_t index);

}  // namespace storepulse::reports
