#pragma once

#include "server/app/services.h"
#include "server/http/router.h"

namespace storepulse::dashboard {

// Adds the dashboard routes.
void add_dashboard_routes(http::router& router, app::services& services);

}  // namespace storepulse::dashboard
