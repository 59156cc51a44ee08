#include "server/auth/random_token.h"
#include "tests/support/kiosk_server_fixture.h"
#include "tests/support/lossy_proxy.h"
#include "tests/support/sync_kiosk.h"

#include <catch2/catch.hpp>

#include <string>

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
