#pragma once

#include "server/http/message.h"

#include <optional>

namespace storepulse::http {

// Returns the answer for a request whose header frames its body in a way that a proxy in front
// could read otherwise (RFC 9112 section 6.3), or nullopt when the framing is sound. Only a
// single `chunked` coding, without Content-Length, on HTTP/1.1 is accepted with Transfer-Encoding:
// any other would leave the body to run as the next request. The answer closes the connection.
std::optional<response> check_framing(const request& header);

}  // namespace storepulse::http
