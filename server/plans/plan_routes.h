#pragma once

#include "server/app/services.h"
#include "server/http/router.h"

#include <memory>

namespace storepulse::reports {
class report_engine;
}

namespace storepulse::plans {

// Adds the action plan routes under /api/v1/plans: list, export.csv, suggestions, acting (HR
// only), form, get, create (POST), update (PUT), notes and status (POST). HR admins reach every plan, managers
// their stores' plans (and read those of their regions and the organisation), operators none;
// another store's plan answers 404. Suggestions and drop alerts read the engine's published figures.
void add_plan_routes(http::router& router, app::services& services, std::shared_ptr<reports::report_engine> engine);

}  // namespace storepulse::plans
