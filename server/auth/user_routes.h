#pragma once

#include "server/app/services.h"
#include "server/http/router.h"

namespace storepulse::auth {

// Adds the account routes: the user list (operators and HR admins), deactivation, reactivation,
// role and stores, password reset (HR admins for every account, operators for operators'), and
// the record of changes (HR admins).
void add_user_routes(http::router& router, app::services& services);

}  // namespace storepulse::auth
