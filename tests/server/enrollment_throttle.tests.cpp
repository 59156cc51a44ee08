#include "server/kiosk_api/enrollment_throttle.h"

#include <catch2/catch.hpp>

using namespace storepulse;
using kiosk_api::enrollment_throttle;
using namespace std::chrono_literals;

namespace {

// Fails count attempts from address at now; returns false when one was not let through.
bool fail(enrollment_throttle& throttle, const std::string& address, int count, enrollment_throttle::clock::time_point now) {
  for (int i = 0; i < count; ++i) {
    if (throttle.begin(address, now).count() > 0) return false;
    throttle.finish(address, true, now);
  }
  return true;
}

}  // namespace

TEST_CASE("Ten wrong codes in a minute lock an address for a minute, doubling with each lockout",
          "[server][enrollment]") {
  enrollment_throttle throttle;
  auto t = enrollment_throttle::clock::now();
  REQUIRE(fail(throttle, "10.0.0.1", 10, t));
  CHECK(throttle.begin("10.0.0.1", t) == 60s);
  CHECK(throttle.begin("10.0.0.1", t + 30s) == 30s);
  // Another address is not touched.
  CHECK(throttle.begin("10.0.0.2", t) == 0s);

  t += 60s;
  REQUIRE(fail(throttle, "10.0.0.1", 10, t));
  CHECK(throttle.begin("10.0.0.1", t) == 120s);
  for (int lockout = 0; lockout < 6; ++lockout) {
    t += 20min;
    REQUIRE(fail(throttle, "10.0.0.1", 10, t));
  }
  CHECK(throttle.begin("10.0.0.1", t) == 15min);
}

TEST_CASE("Failures spread over more than a minute and successes do not lock", "[server][enrollment]") {
  enrollment_throttle throttle;
  auto t = enrollment_throttle::clock::now();
  REQUIRE(fail(throttle, "10.0.0.1", 9, t));
  REQUIRE(throttle.begin("10.0.0.1", t) == 0s);
  throttle.finish("10.0.0.1", false, t);
  REQUIRE(fail(throttle, "10.0.0.1", 9, t + 61s));
  CHECK(throttle.begin("10.0.0.1", t + 61s) == 0s);
}

TEST_CASE("Attempts still running hold their place in the quota", "[server][enrollment]") {
  enrollment_throttle throttle;
  auto t = enrollment_throttle::clock::now();
  for (int i = 0; i < 10; ++i) REQUIRE(throttle.begin("10.0.0.1", t) == 0s);
  CHECK(throttle.begin("10.0.0.1", t) > 0s);
  throttle.finish("10.0.0.1", false, t);
  CHECK(throttle.begin("10.0.0.1", t) == 0s);
}

TEST_CASE("IPv6 addresses count by their /64", "[server][enrollment]") {
  enrollment_throttle throttle;
  auto t = enrollment_throttle::clock::now();
  REQUIRE(fail(throttle, "2001:db8::1", 5, t));
  REQUIRE(fail(throttle, "2001:db8::2", 5, t));
  CHECK(throttle.begin("2001:db8::ffff", t) > 0s);
  CHECK(throttle.begin("2001:db8:0:1::1", t) == 0s);
}
