#pragma once

#include <cstddef>
#include <string>

namespace storepulse::auth {

// Returns bytes random bytes from libsodium, hex-encoded (so 2 * bytes characters).
std::string random_token(std::size_t bytes);

// Returns the SHA-256 of text, as raw bytes; tokens and codes are stored only this way.
std::string sha256(const std::string& text);

}  // namespace storepulse::auth
