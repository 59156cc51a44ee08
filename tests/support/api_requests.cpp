#include "tests/support/api_requests.h"

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

std::string to_json(const google::protobuf::Message& message) {
  std::string out;
  REQUIRE(google::protobuf::util::MessageToJsonString(message, &out).ok());
  return out;
}

}  // namespace storepulse::test
