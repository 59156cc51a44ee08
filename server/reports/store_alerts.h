#pragma once

#include "server/reports/report_catalog.h"
#include "server/reports/window_aggregate.h"
#include "storepulse/v1/reports.pb.h"

#include <vector>

namespace storepulse::reports {

// Returns a store's alerts from its figures for a period: significant drops of the CHI and the
// core dimensions (naming the periods compared), polarised dimensions, low participation, more
// sessions than staff and quarantined submissions. Nothing is said of held-back figures.
std::vector<v1::Alert> store_alerts(const location_row& location, const v1::PeriodInfo& period, const v1::Estimate& chi,
                                    const v1::Trend& chi_trend,
                                    const google::protobuf::RepeatedPtrField<v1::DimensionScore>& dimensions,
                                    const v1::Participation& participation, const store_aggregate& aggregate);

// Returns true for values, empowerment and recognition.
bool is_core_dimension(v1::Dimension d);

}  // namespace storepulse::reports
