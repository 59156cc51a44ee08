#pragma once

#include "server/app/services.h"
#include "server/http/router.h"

namespace storepulse::maturity {

// Adds the maturity self-assessment routes under /api/v1/maturity: the questionnaire; rounds
// (list, open); a round; the caller's answers (get, put); results and results.csv; close. HR
// opens, closes and sees every round; a manager only the rounds they are invited to (another
// round answers 404); operators nothing. Parses the built-in questionnaire first, so that a
// malformed one stops the server at start.
void add_maturity_routes(http::router& router, app::services& services);

}  // namespace storepulse::maturity
