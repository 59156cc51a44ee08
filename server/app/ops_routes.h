#pragma once

#include "server/app/services.h"
#include "server/http/router.h"
#include "server/http/session_options.h"

namespace storepulse::app {

// Adds /healthz, /readyz and /metrics. On the main address /metrics answers only a request that
// carries the configured scrape token (404 when none is configured, 401 without it): its counters
// move with every upload, which would date a session for anyone who watches them.
void add_ops_routes(http::router& router, services& services, const http::connection_state& connections);

// Adds /healthz and an open /metrics, for the separate metrics listener (loopback by default).
void add_metrics_listener_routes(http::router& router, services& services, const http::connection_state& connections);

}  // namespace storepulse::app
