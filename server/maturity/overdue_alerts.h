#pragma once

#include "server/auth/principal.h"
#include "server/storage/database.h"
#include "storepulse/v1/reports.pb.h"

#include <string>
#include <vector>

namespace storepulse::maturity {

// Returns an alert for each scope whose CX maturity self-assessment is overdue (today in days
// since 1970-01-01): HR every scope; a manager only their own stores' rounds they see. With a
// region, only that region's stores and the region itself.
std::vector<v1::Alert> overdue_round_alerts(storage::database& db, const auth::principal& who, int today,
                                            const std::string& region = {});

}  // namespace storepulse::maturity
