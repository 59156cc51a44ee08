#pragma once

#include "server/app/services.h"
#include "server/http/router.h"

namespace storepulse::reports {

// Adds the report routes.
void add_report_routes(http::router& router, app::services& services);

}  // namespace storepulse::reports
