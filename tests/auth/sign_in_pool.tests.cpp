#include "tests/support/dashboard_server.h"
#include "tests/support/http_client.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <future>
#include <thread>
#include <vector>

using storepulse::test::dashboard_server;
using storepulse::testing::http_send;

namespace {

std::string login_body(const std::string& username, const std::string& password) {
  return R"({"username":")" + username + R"(","password":")" + password + R"("})";
}

}  // namespace

TEST_CASE("With the sign-in threads full, sign-ins get 503 while kiosks and reports are still served",
          "[auth][server][sign-in-pool]") {
  // Each client behind the proxy has its own address, so that the throttle stops none of them.
  dashboard_server server({"--trusted-proxy", "127.0.0.1"});
  auto hr = http_send(server.port(), "POST", "/api/v1/auth/login", login_body("hr", "hr-password-1"),
                      {{"Content-Type", "application/json"}});
  REQUIRE(hr.status == 200);
  const auto cookie = hr.headers["set-cookie"].substr(0, hr.headers["set-cookie"].find(';'));
  auto overview = [&] { return http_send(server.port(), "GET", "/api/v1/reports/overview", {}, {{"Cookie", cookie}}); };
  auto kiosk_config = [&] {
    return http_send(server.port(), "GET", "/api/v1/kiosk/config", {},
                     {{"Authorization", std::string("Bearer ") + dashboard_server::kiosk_token}});
  };
  REQUIRE(overview().status == 200);

  // Forty sign-ins at once for unknown users: each costs a full Argon2id check (64 MiB).
  std::atomic<int> busy{0}, checked{0};
  std::vector<std::future<bool>> sign_ins;
  for (int i = 0; i < 40; ++i) {
    sign_ins.push_back(std::async(std::launch::async, [&server, &busy, &checked, i] {
      auto reply = http_send(server.port(), "POST", "/api/v1/auth/login",
                             login_body("nobody" + std::to_string(i), "wrong password"),
                             {{"Content-Type", "application/json"}, {"X-Forwarded-For", "198.51.100." + std::to_string(i)}});
      if (reply.status == 503) {
        ++busy;
        return !reply.headers["retry-after"].empty();
      }
      ++checked;
      return reply.status == 401;
    }));
  }
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (busy.load() == 0 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  REQUIRE(busy.load() > 0);

  // Sign-ins are still waiting for their checks, and yet the kiosk and the report are answered.
  auto config = kiosk_config();
  auto report = overview();
  const int checked_meanwhile = checked.load();
  CHECK(config.status == 200);
  CHECK(report.status == 200);

  int answered_as_expected = 0;
  for (auto& sign_in : sign_ins) answered_as_expected += sign_in.get() ? 1 : 0;
  // Each sign-in got its 401 after a full check, or 503 with Retry-After at once.
  CHECK(answered_as_expected == 40);
  CHECK(busy.load() + checked.load() == 40);
  // The kiosk and the report did not wait behind the sign-ins that were queued.
  CHECK(checked_meanwhile < checked.load());
}
