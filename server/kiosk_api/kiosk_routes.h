#pragma once

#include "server/app/services.h"
#include "server/http/router.h"

namespace storepulse::kiosk_api {

// Adds the kiosk routes.
void add_kiosk_routes(http::router& router, app::services& services);

}  // namespace storepulse::kiosk_api
