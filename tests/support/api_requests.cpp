#include "tests/support/api_requests.h"

#include "calendar/calendar.h"
#include "tests/support/auth_fixture.h"

namespace storepulse::test {

testing::http_reply api_get(const dashboard_server& server, const api_session& who, const std::string& target) {
  std::map<std::string, std::string> headers{{"Accept", "application/json"}};
  if (!who.cookie.empty()) headers["Cookie"] = who.cookie;
  return testing::http_send(server.port(), "GET", target, {}, headers);
}

testing::http_reply api_send(const dashboard_server& server, const api_session& who, const std::string& method,
                             const std::string& target, const std::string& body, bool with_csrf) {
  std::map<std::string, std::string> headers{{"Accept", "application/json"}, {"Content-Type", "application/json"}};
  if (!who.cookie.empty()) headers["Cookie"] = who.cookie;
  if (with_csrf) headers["X-CSRF-Token"] = who.csrf;
  return testing::http_send(server.port(), method, target, body, headers);
}

namespace {

std::string date_from_today(int days) { return calendar::format_date(calendar::today_utc() + days); }

}  // namespace

std::string create_store_plan(const dashboard_server& server, const api_session& who, const std::string& store,
                              const std::string& target_json, int start_day, int due_day) {
  auto reply = api_send(server, who, "POST", "/api/v1/plans",
                        R"({"locationId":")" + std::to_string(server.location_id(store)) +
                            R"(","title":"Act on it","target":)" + target_json + R"(,"ownerId":")" +
                            std::to_string(server.user_id("hr")) + R"(","startOn":")" + date_from_today(start_day) +
                            R"(","dueOn":")" + date_from_today(due_day) + R"("})");
  INFO(reply.body);
  REQUIRE(reply.status == 201);
  return json_string(reply.body, "id");
}

void mark_plan_done(const dashboard_server& server, const api_session& who, const std::string& id, int on_day) {
  auto reply = api_send(server, who, "POST", "/api/v1/plans/" + id + "/status",
                        R"({"status":"PLAN_STATUS_DONE","on":")" + date_from_today(on_day) + R"("})");
  INFO(reply.body);
  REQUIRE(reply.status == 200);
}

std::string to_json(const google::protobuf::Message& message) {
  std::string out;
  REQUIRE(google::protobuf::util::MessageToJsonString(message, &out).ok());
  return out;
}

}  // namespace storepulse::test
