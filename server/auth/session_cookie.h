#pragma once

#include "server/app/server_config.h"
#include "server/http/message.h"

#include <string>
#include <string_view>

namespace storepulse::auth {

// Returns the session cookie's name: "__Host-sp_session" when browsers reach the server over
// HTTPS (browsers then keep it only when it is Secure, Path=/ and without Domain, so neither
// another host of the domain nor a plain-HTTP answer can plant or replace it), else "sp_session".
std::string session_cookie_name(const app::server_config& config);

// Returns the Set-Cookie value that stores token: HttpOnly, SameSite=Strict, Path=/, and Secure
// over HTTPS.
std::string session_cookie(const app::server_config& config, const std::string& token);

// Returns the Set-Cookie value that removes the session cookie.
std::string expired_session_cookie(const app::server_config& config);

// Returns the value of the request's cookie called name, or an empty string.
std::string read_cookie(const http::request& req, std::string_view name);

}  // namespace storepulse::auth
