#pragma once

#include "tests/support/dashboard_server.h"
#include "tests/support/http_client.h"

#include <catch2/catch.hpp>

#include <google/protobuf/message.h>
#include <google/protobuf/util/json_util.h>

#include <string>

// Dashboard API calls as the route tests make them: JSON, a session's cookie and CSRF token.
namespace storepulse::test {

// Sends a GET asking for JSON, with the caller's cookie (none for an empty session).
testing::http_reply api_get(const dashboard_server& server, const api_session& who, const std::string& target);

// Sends a JSON body with the caller's cookie and, unless with_csrf is false, its CSRF token.
testing::http_reply api_send(const dashboard_server& server, const api_session& who, const std::string& method,
                             const std::string& target, const std::string& body, bool with_csrf = true);

// Creates a store plan as the caller (owned by hr) on a target given as JSON, started and due
// that many days from today; returns its id. Fails the test unless the server answers 201.
std::string create_store_plan(const dashboard_server& server, const api_session& who, const std::string& store,
                              const std::string& target_json, int start_day, int due_day);

// Marks a plan done that many days from today; fails the test unless the server answers 200.
void mark_plan_done(const dashboard_server& server, const api_session& who, const std::string& id, int on_day);

// Returns the message as JSON (Protobuf's JSON mapping).
std::string to_json(const google::protobuf::Message& message);

// Returns the JSON body parsed as a Message; fails the test when it does not parse.
template <typename Message>
Message parse_json(const std::string& body) {
  Message message;
  INFO(body);
  REQUIRE(google::protobuf::util::JsonStringToMessage(body, &message).ok());
  return message;
}

}  // namespace storepulse::test
