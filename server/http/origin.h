#pragma once

#include "server/http/message.h"

#include <optional>
#include <string>
#include <string_view>

namespace storepulse::http {

// Returns "scheme://host[:port]" of an http or https URL that has nothing but "/" after its host,
// lowercased and without the scheme's default port; nullopt for anything else.
std::optional<std::string> web_origin(std::string_view url);

// Returns true when a browser sent the request from the dashboard's own pages: it does not say
// Sec-Fetch-Site: cross-site, and its Origin, when it has one, is public_origin (a web_origin, or
// empty) or names the host the request was sent to (its Host header). Requests without Origin
// (older browsers, scripts) pass: the session's CSRF token still guards them.
bool from_same_origin(const request& req, std::string_view public_origin);

}  // namespace storepulse::http
