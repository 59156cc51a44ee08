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
// POST/PUT/PATCH/DELETE, the session's X-CSRF-Token; otherwise answers 401 or 403 through
// respond and returns nullopt.
std::optional<principal> authorize(app::services& services, const http::request& req,
                                   const http::respond_fn& respond, access need);

// Returns true when this user has the access asked for.
bool has_access(const principal& who, access need);

// Returns the client's address as the HTTP session recorded it (header X-Storepulse-Peer, which
// the session sets and a client cannot), or an empty string when unknown.
std::string client_address(const http::request& req);

}  // namespace storepulse::auth
