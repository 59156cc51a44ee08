#pragma once

#include "server/app/services.h"
#include "server/http/router.h"

namespace storepulse::kiosk_api {

// Adds GET /api/v1/admin/kiosk-sync: what each kiosk's configuration check last reported beyond
// its queue (a problem code, items refused for good by reason), for operators and HR admins.
void add_kiosk_sync_route(http::router& router, app::services& services);

}  // namespace storepulse::kiosk_api
