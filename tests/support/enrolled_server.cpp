#include "tests/support/enrolled_server.h"

#include "storepulse/v1/kiosk.pb.h"

#include <sstream>
#include <stdexcept>

namespace storepulse::testing {

enrolled_server::enrolled_server(const std::vector<std::string>& flags) {
  server.admin({"load-questions", "--file", STOREPULSE_SOURCE_DIR "/schema/question_bank.textproto"});
  server.start(flags);
  v1::EnrollRequest enroll;
  enroll.set_protocol_version(v1::PROTOCOL_VERSION_CURRENT);
  enroll.set_code(server.issue_codes(1).at(0));
  auto reply = http_send(server.port(), "POST", "/api/v1/kiosk/enroll", enroll.SerializeAsString(),
                         {{"Content-Type", "application/x-protobuf"}});
  v1::EnrollResponse answer;
  if (reply.status != 200 || !answer.ParseFromString(reply.body))
    throw std::runtime_error("enrollment failed with status " + std::to_string(reply.status));
  token = answer.device_token();
}

http_reply enrolled_server::upload(const std::string& body, std::map<std::string, std::string> headers) {
  headers.emplace("Authorization", "Bearer " + token);
  headers.emplace("Content-Type", "application/x-protobuf");
  return http_send(server.port(), "POST", "/api/v1/kiosk/submissions", body, headers);
}

std::string enrolled_server::upload_request(const std::string& body) const {
  return "POST /api/v1/kiosk/submissions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token +
         "\r\nContent-Type: application/x-protobuf\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" +
         body;
}

std::int64_t enrolled_server::stored() const { return server.query_number("SELECT count(*) FROM submissions"); }

std::map<std::string, std::string> metrics_scrape() {
  return {{"Authorization", std::string("Bearer ") + kiosk_server_fixture::metrics_token}};
}

double metric_value(int port, const std::string& name) {
  auto reply = http_send(port, "GET", "/metrics", {}, metrics_scrape());
  std::istringstream lines(reply.body);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind(name + " ", 0) == 0) return std::stod(line.substr(name.size() + 1));
  }
  return -1;
}

}  // namespace storepulse::testing
