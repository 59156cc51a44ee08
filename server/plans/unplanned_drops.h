#pragma once

#include "server/storage/database.h"
#include "storepulse/v1/plans.pb.h"
#include "storepulse/v1/reports.pb.h"

#include <vector>

namespace storepulse::plans {

// Returns the significant drops among alerts that no open plan addresses: a dimension's drop is
// covered by an open plan of the store, its region or the organisation on that dimension (or on a
// question or empowerment figure of it); a drop of the index by any open plan of the store.
std::vector<v1::UnplannedDrop> unplanned_drops(storage::database& db, const v1::AlertsReport& alerts);

}  // namespace storepulse::plans
