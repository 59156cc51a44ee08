#pragma once

#include "server/app/services.h"
#include "server/http/router.h"

namespace storepulse::auth {

// Adds the kiosk routes of the dashboard: listing and revocation.
void add_admin_routes(http::router& router, app::services& services);

}  // namespace storepulse::auth
