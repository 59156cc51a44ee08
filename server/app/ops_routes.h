#pragma once

#include "server/app/services.h"
#include "server/http/router.h"
#include "server/http/session_options.h"

namespace storepulse::app {

// Adds /healthz, /readyz and /metrics.
void add_ops_routes(http::router& router, services& services, const http::connection_state& connections);

}  // namespace storepulse::app
