#include "server/kiosk_api/kiosk_check_in.h"

#include <catch2/catch.hpp>

using namespace storepulse;

TEST_CASE("A kiosk's problem code is lower-case letters and underscores, at most 32", "[server][kiosk]") {
  CHECK(kiosk_api::parse_state("queue_error") == "queue_error");
  CHECK(kiosk_api::parse_state("") == "");
  CHECK(kiosk_api::parse_state("Queue_error") == "");
  CHECK(kiosk_api::parse_state("queue error") == "");
  CHECK(kiosk_api::parse_state("queue-error") == "");
  CHECK(kiosk_api::parse_state(std::string(32, 'a')) == std::string(32, 'a'));
  CHECK(kiosk_api::parse_state(std::string(33, 'a')) == "");
}

TEST_CASE("Refusal counts are read into one spelling, or not at all", "[server][kiosk]") {
  CHECK(kiosk_api::parse_refused("") == std::nullopt);
  CHECK(kiosk_api::parse_refused("too_late:5,conflict:2") == "conflict:2,too_late:5");
  CHECK(kiosk_api::parse_refused("conflict:0") == "");
  CHECK(kiosk_api::parse_refused("conflict:2,unreadable:0") == "conflict:2");
  for (const char* bad : {"conflict", "conflict:", ":3", "conflict:x", "conflict:3x", "conflict:-1", "Conflict:1",
                          "conflict:1,conflict:2", "conflict:1,", "conflict:1000000001"}) {
    INFO(bad);
    CHECK(kiosk_api::parse_refused(bad) == std::nullopt);
  }
  std::string many;
  for (char c = 'a'; c <= 'z'; ++c) many += std::string(many.empty() ? "" : ",") + c + c + ":1";
  for (char c = 'a'; c <= 'g'; ++c) many += std::string(",z") + c + ":1";
  CHECK(kiosk_api::parse_refused(many) == std::nullopt);  // 33 reasons: more than a kiosk knows
}
