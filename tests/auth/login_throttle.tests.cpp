#include "server/auth/login_throttle.h"

#include <catch2/catch.hpp>

using namespace storepulse::auth;
using namespace std::chrono_literals;

TEST_CASE("Five failures lock the username and the lock doubles with each further failure", "[auth][throttle]") {
  login_throttle throttle;
  auto t = login_throttle::clock::now();
  for (int i = 0; i < 4; ++i) {
    throttle.record_failure("alice", "10.0.0.1", t);
    CHECK(throttle.retry_after("alice", "10.0.0.2", t) == 0s);
  }
  throttle.record_failure("alice", "10.0.0.1", t);
  CHECK(throttle.retry_after("alice", "10.0.0.2", t) == 30s);
  CHECK(throttle.retry_after("ALICE", "10.0.0.3", t) == 30s);  // usernames are case-insensitive

  throttle.record_failure("alice", "10.0.0.1", t + 31s);
  CHECK(throttle.retry_after("alice", "10.0.0.2", t + 31s) == 60s);
  throttle.record_failure("alice", "10.0.0.1", t + 100s);
  CHECK(throttle.retry_after("alice", "10.0.0.2", t + 100s) == 120s);
  CHECK(throttle.retry_after("alice", "10.0.0.2", t + 220s) == 0s);
}

TEST_CASE("The lock never exceeds the maximum", "[auth][throttle]") {
  login_throttle throttle;
  auto t = login_throttle::clock::now();
  for (int i = 0; i < 40; ++i) throttle.record_failure("bob", "", t);
  CHECK(throttle.retry_after("bob", "", t) == 15min);
}

TEST_CASE("One address guessing many usernames is locked out of all of them", "[auth][throttle]") {
  login_throttle throttle;
  auto t = login_throttle::clock::now();
  // An office behind one address gets more room than one username before the address locks.
  for (int i = 0; i < 19; ++i) throttle.record_failure("user" + std::to_string(i), "192.0.2.7", t);
  CHECK(throttle.retry_after("someone-else", "192.0.2.7", t) == 0s);
  throttle.record_failure("user19", "192.0.2.7", t);
  CHECK(throttle.retry_after("someone-else", "192.0.2.7", t) > 0s);
  CHECK(throttle.retry_after("someone-else", "192.0.2.8", t) == 0s);
}

TEST_CASE("A success forgets the username's failures but not the address's", "[auth][throttle]") {
  login_throttle throttle;
  auto t = login_throttle::clock::now();
  for (int i = 0; i < 4; ++i) throttle.record_failure("carol", "192.0.2.9", t);
  throttle.record_success("carol");
  throttle.record_failure("carol", "192.0.2.10", t);
  CHECK(throttle.retry_after("carol", "192.0.2.11", t) == 0s);
  for (int i = 0; i < 16; ++i) throttle.record_failure("dave" + std::to_string(i), "192.0.2.9", t);
  CHECK(throttle.retry_after("erin", "192.0.2.9", t) > 0s);
}

TEST_CASE("Old failures are forgotten", "[auth][throttle]") {
  login_throttle throttle;
  auto t = login_throttle::clock::now();
  for (int i = 0; i < 4; ++i) throttle.record_failure("frank", "", t);
  throttle.record_failure("frank", "", t + 2h);
  CHECK(throttle.retry_after("frank", "", t + 2h) == 0s);
}
