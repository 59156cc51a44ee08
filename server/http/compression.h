#pragma once

#include "server/http/message.h"

#include <string>
#include <string_view>

namespace storepulse::http {

// Returns true when the request's Accept-Encoding takes gzip (named, or "*", without q=0).
bool accepts_gzip(const request& req);

// Returns true for content types worth compressing: JSON, CSV, text, JavaScript, CSS, SVG.
bool compressible(std::string_view content_type);

// Returns the data compressed in the gzip format (RFC 1952).
std::string gzip(std::string_view data);

}  // namespace storepulse::http
