#pragma once

#include <string>
#include <string_view>

namespace storepulse::auth {

// Argon2id cost used for every new hash: 3 passes over 64 MiB, one lane. That is above the OWASP
// password-storage minimums (m=19 MiB t=2 p=1, or m=46 MiB t=1) and takes ~0.1 s on one core.
struct password_cost {
  unsigned long long opslimit = 3;
  std::size_t memlimit = 64u * 1024u * 1024u;
};

// Returns the libsodium crypto_pwhash_str string (Argon2id) of password; throws on failure.
std::string hash_password(std::string_view password, const password_cost& cost = {});

// Returns true when password matches the stored hash; false for any malformed hash.
bool verify_password(const std::string& stored_hash, std::string_view password);

// Burns the same time as a real verification, so an unknown username answers as slowly as a
// wrong password.
void verify_dummy_password(std::string_view password);

// Returns true when the hash was made with weaker parameters than cost and should be redone.
bool password_needs_rehash(const std::string& stored_hash, const password_cost& cost = {});

}  // namespace storepulse::auth
