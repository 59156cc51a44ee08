#include "kiosk/core/sync/kiosk_client.h"
#include "server/auth/random_token.h"
#include "tests/support/kiosk_server_fixture.h"
#include "tests/support/loopback_listener.h"
#include "tests/support/lossy_proxy.h"
#include "tests/support/sync_kiosk.h"

#include <catch2/catch.hpp>

#include <sys/socket.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <mutex>
#include <string>
#include <vector>

using namespace storepulse;

TEST_CASE("A kiosk whose enrollment answer is lost tries again with the same nonce and gets the kept token",
          "[kiosk][sync][enrollment]") {
  testing::kiosk_server_fixture server;
  server.start();
  testing::lossy_proxy proxy(server.port(), 1);
  testing::sync_kiosk kiosk(server.folder().file("kiosk"), "http://127.0.0.1:" + std::to_string(proxy.port()));
  std::string error;
  REQUIRE(kiosk.worker.enroll(server.issue_codes(1).at(0), error));
  CHECK(error.empty());
  CHECK(proxy.connections() == 2);
  const auto token = kiosk.worker.settings().device_token;
  CHECK(server.query_number("SELECT count(*) FROM kiosks WHERE revoked = 0") == 1);
  CHECK(server.query_number("SELECT count(*) FROM kiosks WHERE token_hash = ?", auth::sha256(token)) == 1);
}

TEST_CASE("A health check asks for /healthz without the token, on a connection of its own that it closes",
          "[kiosk][sync][status]") {
  std::mutex mutex;
  std::vector<std::string> requests;
  testing::loopback_listener listener([&](int client, const std::atomic<bool>& stopping) {
    auto request = testing::read_http_message(client, stopping);
    {
      std::lock_guard lock(mutex);
      requests.push_back(request);
    }
    const std::string answer = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\nok\n";
    ::send(client, answer.data(), answer.size(), MSG_NOSIGNAL);
    // Another request on this connection would be a kept connection: it must not come.
    auto more = testing::read_http_message(client, stopping);
    std::lock_guard lock(mutex);
    if (!more.empty()) requests.push_back(more);
  });
  kiosk::kiosk_client client(*kiosk::server_address::parse("http://127.0.0.1:" + std::to_string(listener.port())));
  client.set_token("device-token-that-must-stay-home");
  CHECK(client.check_health().http_status == 200);
  CHECK(client.check_health().http_status == 200);

  std::lock_guard lock(mutex);
  REQUIRE(requests.size() == 2);
  for (auto request : requests) {
    INFO(request);
    std::transform(request.begin(), request.end(), request.begin(), [](unsigned char c) { return std::tolower(c); });
    CHECK(request.rfind("get /healthz http/1.1\r\n", 0) == 0);
    CHECK(request.find("authorization") == std::string::npos);
    CHECK(request.find("device-token") == std::string::npos);
    CHECK(request.find("?") == std::string::npos);
  }
}

TEST_CASE("A health check of a server that is not there fails as a transport failure", "[kiosk][sync][status]") {
  const int port = testing::kiosk_server_fixture::free_port();
  kiosk::kiosk_client client(*kiosk::server_address::parse("http://127.0.0.1:" + std::to_string(port)),
                             std::chrono::seconds(2));
  auto result = client.check_health();
  CHECK(result.transport_failed);
  CHECK_FALSE(result.tls_refused);
  CHECK(result.http_status == 0);
}
