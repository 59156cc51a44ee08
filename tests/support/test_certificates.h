#pragma once

#include "tests/support/scratch_folder.h"

#include <chrono>
#include <string>
#include <vector>

struct x509_st;

namespace storepulse::testing {

// A key pair and its certificate, made at test time with OpenSSL (EC P-256) and kept as PEM files.
struct test_certificate {
  std::string certificate_file;
  std::string key_file;
  std::string pin;  // "sha256/BASE64" of the public key (SubjectPublicKeyInfo)
};

// Returns a self-signed authority (CA:TRUE) written to folder/name.crt and name.key.
test_certificate make_authority(const scratch_folder& folder, const std::string& name);

// Returns a server certificate whose subject alternative names are names (IP addresses or DNS
// names), signed by issuer or self-signed when issuer is null, valid from now + valid_from to
// now + valid_until.
test_certificate make_server_certificate(const scratch_folder& folder, const std::string& name,
                                         const std::vector<std::string>& names, const test_certificate* issuer,
                                         std::chrono::seconds valid_from = std::chrono::hours(-1),
                                         std::chrono::seconds valid_until = std::chrono::hours(24));

// Returns the key pin ("sha256/BASE64") of a certificate, computed from its key (i2d_PUBKEY).
std::string public_key_pin_of(x509_st* certificate);

}  // namespace storepulse::testing
