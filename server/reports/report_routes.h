#pragma once

#include "server/app/services.h"
#include "server/http/router.h"

#include <memory>

namespace storepulse::reports {

class report_engine;

// Returns a report engine with the server's minimum group size, comparison and staleness settings,
// which makes newer figures on the server's reader threads.
std::shared_ptr<report_engine> make_report_engine(app::services& services);

// Adds the report routes, computing with engine (a new one when null).
void add_report_routes(http::router& router, app::services& services, std::shared_ptr<report_engine> engine = nullptr);

}  // namespace storepulse::reports
