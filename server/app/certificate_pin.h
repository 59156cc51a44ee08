#pragma once

#include <string>

namespace storepulse::app {

// Returns the pin kiosks trust the server by: "sha256/" and the base64 SHA-256 of the public key
// (DER SubjectPublicKeyInfo) of the first certificate in a PEM file; throws when it has none.
std::string certificate_pin(const std::string& pem_file);

}  // namespace storepulse::app
