#include "server/auth/password.h"

#include <sodium.h>

#include <stdexcept>

namespace storepulse::auth {
namespace {

void ensure_sodium() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
}

}  // namespace

std::string hash_password(std::string_view password, const password_cost& cost) {
  ensure_sodium();
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), cost.opslimit, cost.memlimit,
                            crypto_pwhash_ALG_ARGON2ID13) != 0)
    throw std::runtime_error("password hashing ran out of memory");
  return out;
}

bool verify_password(const std::string& stored_hash, std::string_view password) {
  ensure_sodium();
  if (stored_hash.empty() || stored_hash.size() >= crypto_pwhash_STRBYTES) return false;
  return crypto_pwhash_str_verify(stored_hash.c_str(), password.data(), password.size()) == 0;
}

void verify_dummy_password(std::string_view password) {
  // Made once with the default cost; verifying against it costs what a real user's check costs.
  static const std::string dummy = hash_password("storepulse-dummy-password");
  (void)verify_password(dummy, password);
}

bool password_needs_rehash(const std::string& stored_hash, const password_cost& cost) {
  ensure_sodium();
  return crypto_pwhash_str_needs_rehash(stored_hash.c_str(), cost.opslimit, cost.memlimit) != 0;
}

}  // namespace storepulse::auth
