#include "tests/support/dashboard_server.h"
#include "tests/support/http_client.h"

#include <catch2/catch.hpp>

using storepulse::test::dashboard_server;
using storepulse::testing::http_reply;
using storepulse::testing::http_send;

namespace {

using signed_in = storepulse::test::api_session;

signed_in sign_in(const dashboard_server& server, const std::string& username) {
  return storepulse::test::api_sign_in(server, username);
}

http_reply get(const dashboard_server& server, const signed_in& who, const std::string& target) {
  return http_send(server.port(), "GET", target, {}, {{"Cookie", who.cookie}});
}

}  // namespace

TEST_CASE("Against the real server every report is scoped to the caller's role and stores", "[auth][roles][server]") {
  dashboard_server server;
  auto north = std::to_string(server.location_id("N01"));
  auto south = std::to_string(server.location_id("S01"));

  SECTION("without a session, reports answer 401") {
    CHECK(http_send(server.port(), "GET", "/api/v1/reports/overview").status == 401);
    CHECK(http_send(server.port(), "GET", "/api/v1/reports/location/" + north).status == 401);
  }
  SECTION("a manager opens their own store but not another one") {
    auto manager = sign_in(server, "manager_north");
    CHECK(get(server, manager, "/api/v1/reports/location/" + north).status == 200);
    auto other = get(server, manager, "/api/v1/reports/location/" + south);
    CHECK((other.status == 403 || other.status == 404));
    CHECK(other.body.find("Southfields") == std::string::npos);
    auto missing = get(server, manager, "/api/v1/reports/location/999999");
    CHECK((missing.status == 403 || missing.status == 404));
  }
  SECTION("a manager's overview and alerts hold only their stores") {
    auto manager = sign_in(server, "manager_north");
    auto overview = get(server, manager, "/api/v1/reports/overview");
    REQUIRE(overview.status == 200);
    CHECK(overview.body.find("Northgate") != std::string::npos);
    CHECK(overview.body.find("Southfields") == std::string::npos);
    CHECK(overview.body.find("Eastbrook") == std::string::npos);
    auto alerts = get(server, manager, "/api/v1/reports/alerts");
    CHECK(alerts.status == 200);
    CHECK(alerts.body.find("Seaview") == std::string::npos);
  }
  SECTION("an operator sees kiosks but no scores") {
    auto ops = sign_in(server, "ops");
    CHECK(get(server, ops, "/api/v1/reports/overview").status == 403);
    CHECK(get(server, ops, "/api/v1/reports/location/" + north).status == 403);
    CHECK(get(server, ops, "/api/v1/reports/alerts").status == 403);
    CHECK(get(server, ops, "/api/v1/admin/kiosks").status == 200);
  }
  SECTION("HR sees every store") {
    auto hr = sign_in(server, "hr");
    auto overview = get(server, hr, "/api/v1/reports/overview");
    REQUIRE(overview.status == 200);
    for (const char* name : {"Northgate", "Harbour Street", "Southfields", "Seaview Parade", "Eastbrook Centre"})
      CHECK(overview.body.find(name) != std::string::npos);
    CHECK(get(server, hr, "/api/v1/reports/location/" + south).status == 200);
  }
}

TEST_CASE("Against the real server login throttling and CSRF hold", "[auth][throttle][csrf][server]") {
  dashboard_server server;
  for (int i = 0; i < 5; ++i) {
    auto res = http_send(server.port(), "POST", "/api/v1/auth/login", R"({"username":"hr","password":"wrong"})",
                         {{"Content-Type", "application/json"}});
    REQUIRE(res.status == 401);
  }
  auto locked = http_send(server.port(), "POST", "/api/v1/auth/login", R"({"username":"hr","password":"hr-password-1"})",
                          {{"Content-Type", "application/json"}});
  CHECK(locked.status == 429);
  CHECK_FALSE(locked.headers["retry-after"].empty());

  auto ops = sign_in(server, "ops");
  auto forged = http_send(server.port(), "POST", "/api/v1/admin/kiosks/1/revoke", {}, {{"Cookie", ops.cookie}});
  CHECK(forged.status == 403);
  auto logout = http_send(server.port(), "POST", "/api/v1/auth/logout", {}, {{"Cookie", ops.cookie}});
  CHECK(logout.status == 403);
  auto ok = http_send(server.port(), "POST", "/api/v1/auth/logout", {}, {{"Cookie", ops.cookie}, {"X-CSRF-Token", ops.csrf}});
  CHECK(ok.status == 204);
}

TEST_CASE("Against the real server dashboard responses carry the security headers", "[dashboard][server]") {
  dashboard_server server;
  for (const char* target : {"/", "/assets/app.css", "/assets/js/app.js", "/assets/vendor/chart.js", "/assets/nope.js"}) {
    INFO(target);
    auto res = http_send(server.port(), "GET", target);
    CHECK(res.headers["content-security-policy"].rfind("default-src 'self'", 0) == 0);
    CHECK(res.headers["x-content-type-options"] == "nosniff");
    CHECK(res.headers["referrer-policy"] == "no-referrer");
  }
  auto traversal = http_send(server.port(), "GET", "/assets/../../../../etc/passwd");
  CHECK((traversal.status == 400 || traversal.status == 404));
  CHECK(traversal.body.find("root:") == std::string::npos);
}
