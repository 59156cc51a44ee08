#pragma once

#include "server/app/services.h"
#include "server/auth/principal.h"
#include "server/http/message.h"

#include <optional>
#include <string>

namespace storepulse::auth {

// What a route needs from its caller.
enum class access {
  signed_in,       // any dashboard user
  scores,          // HR admins and managers (operators see no scores)
  hr_admin,        // HR admins only
  kiosk_operator,  // operators and HR admins
};

// Returns the caller when the request carries a live session with the access asked for and, for
// POST/PUT/PATCH/DELETE, comes from the dashboard's own origin with the session's X-CSRF-Token;
// otherwise answers 401 or 403 through respond and returns nullopt.
std::optional<principal> authorize(app::services& services, const http::request& req,
                                   const http::respond_fn& respond, access need);

// Returns true when this user has the access asked for.
bool has_access(const principal& who, access need);

// Returns true for POST, PUT, PATCH and DELETE.
bool changes_state(http::verb method);

// Answers 403 and returns true when a browser sent the request from another site (a foreign
// Origin, or Sec-Fetch-Site: cross-site); see http::from_same_origin.
bool refuse_cross_site(const app::services& services, const http::request& req, const http::respond_fn& respond);

}  // namespace storepulse::auth
