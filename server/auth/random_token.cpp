#include "server/auth/random_token.h"

#include <sodium.h>

#include <stdexcept>
#include <vector>

namespace storepulse::auth {

std::string random_token(std::size_t bytes) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
  std::vector<unsigned char> raw(bytes);
  randombytes_buf(raw.data(), raw.size());
  std::string hex(bytes * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), raw.data(), raw.size());
  hex.pop_back();
  return hex;
}

std::string sha256(const std::string& text) {
  std::string digest(crypto_hash_sha256_BYTES, '\0');
  crypto_hash_sha256(reinterpret_cast<unsigned char*>(digest.data()),
                     reinterpret_cast<const unsigned char*>(text.data()), text.size());
  return digest;
}

}  // namespace storepulse::auth
