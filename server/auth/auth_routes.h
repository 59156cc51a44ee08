#pragma once

#include "server/app/services.h"
#include "server/http/router.h"

namespace storepulse::auth {

// Adds the auth routes.
void add_auth_routes(http::router& router, app::services& services);

}  // namespace storepulse::auth
