#pragma once

#include "server/app/services.h"
#include "server/http/router.h"

namespace storepulse::auth {

// Adds the operator routes: kiosk listing and revocation, user listing.
void add_admin_routes(http::router& router, app::services& services);

}  // namespace storepulse::auth
