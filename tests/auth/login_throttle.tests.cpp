#include "server/auth/login_throttle.h"

#include <catch2/catch.hpp>

using namespace storepulse::auth;
using namespace std::chrono_literals;
using outcome = login_throttle::outcome;

namespace {

// Makes count attempts that fail; returns false when one was not let through.
bool fail(login_throttle& throttle, const std::string& username, const std::string& address, int count,
          login_throttle::clock::time_point now) {
  for (int i = 0; i < count; ++i) {
    if (throttle.begin(username, address, now) > 0s) return false;
    throttle.finish(username, address, outcome::failed, now);
  }
  return true;
}

// Returns the wait for a new attempt, ending it at once when it was let through.
std::chrono::seconds wait_of(login_throttle& throttle, const std::string& username, const std::string& address,
                             login_throttle::clock::time_point now) {
  auto wait = throttle.begin(username, address, now);
  if (wait == 0s) throttle.finish(username, address, outcome::abandoned, now);
  return wait;
}

}  // namespace

TEST_CASE("Five failures lock the username and the lock doubles with each further failure", "[auth][throttle]") {
  login_throttle throttle;
  auto t = login_throttle::clock::now();
  for (int i = 0; i < 4; ++i) {
    REQUIRE(fail(throttle, "alice", "10.0.0.1", 1, t));
    CHECK(wait_of(throttle, "alice", "10.0.0.2", t) == 0s);
  }
  REQUIRE(fail(throttle, "alice", "10.0.0.1", 1, t));
  CHECK(wait_of(throttle, "alice", "10.0.0.2", t) == 30s);
  CHECK(wait_of(throttle, "ALICE", "10.0.0.3", t) == 30s);  // usernames are case-insensitive

  REQUIRE(fail(throttle, "alice", "10.0.0.1", 1, t + 31s));
  CHECK(wait_of(throttle, "alice", "10.0.0.2", t + 31s) == 60s);
  REQUIRE(fail(throttle, "alice", "10.0.0.1", 1, t + 100s));
  CHECK(wait_of(throttle, "alice", "10.0.0.2", t + 100s) == 120s);
  CHECK(wait_of(throttle, "alice", "10.0.0.2", t + 220s) == 0s);
}

TEST_CASE("The lock never exceeds the maximum", "[auth][throttle]") {
  login_throttle throttle;
  auto t = login_throttle::clock::now();
  for (int i = 0; i < 40; ++i) {
    t += 16min;  // each lock has ended before the next attempt
    REQUIRE(fail(throttle, "bob", "", 1, t));
  }
  CHECK(wait_of(throttle, "bob", "", t) == 15min);
}

TEST_CASE("One address guessing many usernames is locked out of all of them", "[auth][throttle]") {
  login_throttle throttle;
  auto t = login_throttle::clock::now();
  // An office behind one address gets more room than one username before the address locks.
  for (int i = 0; i < 19; ++i) REQUIRE(fail(throttle, "user" + std::to_string(i), "192.0.2.7", 1, t));
  CHECK(wait_of(throttle, "someone-else", "192.0.2.7", t) == 0s);
  REQUIRE(fail(throttle, "user19", "192.0.2.7", 1, t));
  CHECK(wait_of(throttle, "someone-else", "192.0.2.7", t) > 0s);
  CHECK(wait_of(throttle, "someone-else", "192.0.2.8", t) == 0s);
}

TEST_CASE("An IPv6 client counts by its /64", "[auth][throttle]") {
  login_throttle throttle;
  auto t = login_throttle::clock::now();
  for (int i = 0; i < 20; ++i) REQUIRE(fail(throttle, "user" + std::to_string(i), "2001:db8::" + std::to_string(i + 1), 1, t));
  CHECK(wait_of(throttle, "someone-else", "2001:db8::ffff", t) > 0s);
  CHECK(wait_of(throttle, "someone-else", "2001:db8:0:1::1", t) == 0s);
}

TEST_CASE("A success forgets the username's failures but not the address's", "[auth][throttle]") {
  login_throttle throttle;
  auto t = login_throttle::clock::now();
  REQUIRE(fail(throttle, "carol", "192.0.2.9", 4, t));
  REQUIRE(throttle.begin("carol", "192.0.2.9", t) == 0s);
  throttle.finish("carol", "192.0.2.9", outcome::succeeded, t);
  REQUIRE(fail(throttle, "carol", "192.0.2.10", 1, t));
  CHECK(wait_of(throttle, "carol", "192.0.2.11", t) == 0s);
  for (int i = 0; i < 16; ++i) REQUIRE(fail(throttle, "dave" + std::to_string(i), "192.0.2.9", 1, t));
  CHECK(wait_of(throttle, "erin", "192.0.2.9", t) > 0s);
}

TEST_CASE("Attempts being checked hold their place: no more run at once than failures are left",
          "[auth][throttle]") {
  login_throttle throttle;
  auto t = login_throttle::clock::now();
  SECTION("for a username") {
    for (int i = 0; i < 5; ++i) REQUIRE(throttle.begin("frank", "10.0.0." + std::to_string(i), t) == 0s);
    CHECK(throttle.begin("frank", "10.0.0.9", t) > 0s);
    // One was the right password: its place is free again, and the failures are forgotten.
    throttle.finish("frank", "10.0.0.0", outcome::succeeded, t);
    CHECK(wait_of(throttle, "frank", "10.0.0.9", t) == 0s);
    for (int i = 1; i < 5; ++i) throttle.finish("frank", "10.0.0." + std::to_string(i), outcome::failed, t);
    CHECK(wait_of(throttle, "frank", "10.0.0.9", t) == 0s);
  }
  SECTION("for an address") {
    for (int i = 0; i < 20; ++i) REQUIRE(throttle.begin("user" + std::to_string(i), "192.0.2.1", t) == 0s);
    CHECK(throttle.begin("another", "192.0.2.1", t) > 0s);
    throttle.finish("user0", "192.0.2.1", outcome::abandoned, t);
    CHECK(wait_of(throttle, "another", "192.0.2.1", t) == 0s);
  }
  SECTION("once over the limit, one at a time") {
    REQUIRE(fail(throttle, "gina", "", 5, t));
    t += 31s;
    REQUIRE(throttle.begin("gina", "", t) == 0s);
    CHECK(throttle.begin("gina", "", t) > 0s);
    throttle.finish("gina", "", outcome::failed, t);
    CHECK(wait_of(throttle, "gina", "", t) == 60s);
  }
}

TEST_CASE("Old failures are forgotten", "[auth][throttle]") {
  login_throttle throttle;
  auto t = login_throttle::clock::now();
  REQUIRE(fail(throttle, "hal", "", 4, t));
  REQUIRE(fail(throttle, "hal", "", 1, t + 2h));
  CHECK(wait_of(throttle, "hal", "", t + 2h) == 0s);
}
