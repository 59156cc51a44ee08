#pragma once

#include "tests/support/http_client.h"
#include "tests/support/kiosk_server_fixture.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace storepulse::testing {

// The real server on loopback with the default question bank and one kiosk enrolled through the
// API, for tests of the kiosk routes and of HTTP itself.
struct enrolled_server {
  kiosk_server_fixture server;
  std::string token;

  explicit enrolled_server(const std::vector<std::string>& flags = {});

  // Posts a body to the submissions route with the kiosk's token, on a fresh connection.
  http_reply upload(const std::string& body, std::map<std::string, std::string> headers = {});
  // Returns the raw bytes of an upload request with the kiosk's token, body included.
  std::string upload_request(const std::string& body) const;
  // Returns the number of stored submissions.
  std::int64_t stored() const;
};

// The header that /metrics asks for on the fixture's server.
std::map<std::string, std::string> metrics_scrape();

// Returns the value of an unlabelled metric scraped from the server, or -1 when it is missing.
double metric_value(int port, const std::string& name);

}  // namespace storepulse::testing
