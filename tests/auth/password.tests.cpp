#include "server/auth/password.h"

#include <catch2/catch.hpp>

using namespace storepulse::auth;

TEST_CASE("A password hash is Argon2id at the configured cost and verifies only its password", "[auth][password]") {
  auto hash = hash_password("correct horse battery staple");
  CHECK(hash.rfind("$argon2id$v=19$m=65536,t=3,p=1$", 0) == 0);
  CHECK(verify_password(hash, "correct horse battery staple"));
  CHECK_FALSE(verify_password(hash, "correct horse battery stapl"));
  CHECK_FALSE(verify_password(hash, ""));
}

TEST_CASE("Two hashes of one password differ because each has its own salt", "[auth][password]") {
  password_cost cheap{1, 8u * 1024u * 1024u};
  auto a = hash_password("same password", cheap);
  auto b = hash_password("same password", cheap);
  CHECK(a != b);
  CHECK(verify_password(a, "same password"));
  CHECK(verify_password(b, "same password"));
}

TEST_CASE("Malformed or empty stored hashes never verify", "[auth][password]") {
  CHECK_FALSE(verify_password("", "anything"));
  CHECK_FALSE(verify_password("not a hash", "not a hash"));
  CHECK_FALSE(verify_password("$argon2id$v=19$m=65536,t=3,p=1$broken", "x"));
}

TEST_CASE("A hash made below the default cost asks to be redone", "[auth][password]") {
  password_cost cheap{1, 8u * 1024u * 1024u};
  CHECK(password_needs_rehash(hash_password("pw", cheap)));
  CHECK_FALSE(password_needs_rehash(hash_password("pw")));
}

TEST_CASE("The default cost meets the OWASP minimums for Argon2id", "[auth][password]") {
  password_cost cost;
  // OWASP: m >= 19 MiB with t >= 2, or m >= 46 MiB with t >= 1.
  bool meets = (cost.memlimit >= 19u * 1024u * 1024u && cost.opslimit >= 2) ||
               (cost.memlimit >= 46u * 1024u * 1024u && cost.opslimit >= 1);
  CHECK(meets);
}
