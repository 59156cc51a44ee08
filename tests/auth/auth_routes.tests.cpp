#include "server/storage/database.h"
#include "tests/support/auth_fixture.h"

#include <catch2/catch.hpp>

using namespace storepulse;
using test::auth_app;
using test::auth_database;

namespace {

http::request authed(http::verb method, const std::string& target, const std::pair<std::string, std::string>& session,
                     bool with_csrf = true) {
  auto req = auth_app::make(method, target);
  req.set(http::beast_http::field::cookie, session.first);
  if (with_csrf) req.set("X-CSRF-Token", session.second);
  return req;
}

std::string login_body(const std::string& username, const std::string& password) {
  return R"({"username":")" + username + R"(","password":")" + password + R"("})";
}

}  // namespace

TEST_CASE("Signing in sets a strict HttpOnly session cookie and returns the role and CSRF token", "[auth][routes]") {
  auth_database db;
  auth_app app(db);
  auto res = app.call(auth_app::make(http::verb::post, "/api/v1/auth/login", login_body("manager_n01", "manager_n01-password-1")));
  REQUIRE(res.result() == http::status::ok);
  std::string cookie(res[http::beast_http::field::set_cookie]);
  CHECK(cookie.rfind("sp_session=", 0) == 0);
  CHECK(cookie.find("HttpOnly") != std::string::npos);
  CHECK(cookie.find("SameSite=Strict") != std::string::npos);
  CHECK(cookie.find("Path=/") != std::string::npos);
  CHECK(cookie.find("Secure") == std::string::npos);  // no TLS configured
  CHECK(test::json_string(res.body(), "role") == "manager");
  CHECK(test::json_string(res.body(), "csrfToken").size() == 64);
  CHECK(res.body().find("\"N01\"") != std::string::npos);
  CHECK(res.body().find("\"S01\"") == std::string::npos);
  CHECK(res.body().find("password") == std::string::npos);
}

TEST_CASE("The session cookie is Secure when TLS is configured", "[auth][routes]") {
  auth_database db;
  app::server_config config;
  config.tls_certificate = "/etc/storepulse/cert.pem";
  auth_app app(db, config);
  auto res = app.call(auth_app::make(http::verb::post, "/api/v1/auth/login", login_body("hr", "hr-password-1")));
  REQUIRE(res.result() == http::status::ok);
  CHECK(std::string(res[http::beast_http::field::set_cookie]).find("; Secure") != std::string::npos);
}

TEST_CASE("Wrong passwords and unknown users are refused alike and malformed bodies get 400", "[auth][routes]") {
  auth_database db;
  auth_app app(db);
  auto wrong = app.call(auth_app::make(http::verb::post, "/api/v1/auth/login", login_body("hr", "nope")));
  auto unknown = app.call(auth_app::make(http::verb::post, "/api/v1/auth/login", login_body("ghost", "nope")));
  CHECK(wrong.result() == http::status::unauthorized);
  CHECK(unknown.result() == http::status::unauthorized);
  CHECK(wrong.body() == unknown.body());
  CHECK(wrong[http::beast_http::field::set_cookie].empty());
  CHECK(app.call(auth_app::make(http::verb::post, "/api/v1/auth/login", "not json")).result() == http::status::bad_request);
  auto form = auth_app::make(http::verb::post, "/api/v1/auth/login", login_body("hr", "hr-password-1"));
  form.set(http::beast_http::field::content_type, "text/plain");
  CHECK(app.call(std::move(form)).result() == http::status::unsupported_media_type);
  CHECK(app.call(auth_app::make(http::verb::post, "/api/v1/auth/login", R"({"username":"hr"})")).result() ==
        http::status::bad_request);
}

TEST_CASE("Five failed sign-ins answer 429 with Retry-After even for the right password", "[auth][routes][throttle]") {
  auth_database db;
  auth_app app(db);
  for (int i = 0; i < 5; ++i) {
    auto res = app.call(auth_app::make(http::verb::post, "/api/v1/auth/login", login_body("hr", "guess" + std::to_string(i))));
    REQUIRE(res.result() == http::status::unauthorized);
  }
  auto locked = app.call(auth_app::make(http::verb::post, "/api/v1/auth/login", login_body("hr", "hr-password-1")));
  CHECK(locked.result() == http::status::too_many_requests);
  CHECK(std::stoi(std::string(locked[http::beast_http::field::retry_after])) >= 1);
  // Another user is not affected when the address is unknown to the router.
  CHECK(app.call(auth_app::make(http::verb::post, "/api/v1/auth/login", login_body("ops", "ops-password-1"))).result() ==
        http::status::ok);
}

TEST_CASE("Failures from one client address lock that address for every username", "[auth][routes][throttle]") {
  auth_database db;
  auth_app app(db);
  auto from = [](std::string body, const char* address) {
    auto req = auth_app::make(http::verb::post, "/api/v1/auth/login", std::move(body));
    req.set("X-Storepulse-Peer", address);
    return req;
  };
  // Twenty failures: an address shared by an office gets more room than one username.
  for (int i = 0; i < 20; ++i)
    app.call(from(login_body("user" + std::to_string(i), "guess"), "198.51.100.4"));
  CHECK(app.call(from(login_body("hr", "hr-password-1"), "198.51.100.4")).result() == http::status::too_many_requests);
  CHECK(app.call(from(login_body("hr", "hr-password-1"), "198.51.100.5")).result() == http::status::ok);
}

TEST_CASE("Me answers the signed-in user and 401 without a session", "[auth][routes]") {
  auth_database db;
  auth_app app(db);
  CHECK(app.call(auth_app::make(http::verb::get, "/api/v1/auth/me")).result() == http::status::unauthorized);
  auto session = app.sign_in("ops", "ops-password-1");
  auto res = app.call(authed(http::verb::get, "/api/v1/auth/me", session, false));
  REQUIRE(res.result() == http::status::ok);
  CHECK(test::json_string(res.body(), "username") == "ops");
  CHECK(test::json_string(res.body(), "role") == "operator");
  CHECK(res.body().find("\"maySeeScores\":false") != std::string::npos);
}

TEST_CASE("A state-changing request without the CSRF token is refused with 403", "[auth][routes][csrf]") {
  auth_database db;
  auth_app app(db);
  auto session = app.sign_in("ops", "ops-password-1");
  auto kiosk = std::to_string(1);

  SECTION("logout") {
    CHECK(app.call(authed(http::verb::post, "/api/v1/auth/logout", session, false)).result() == http::status::forbidden);
    auto wrong = authed(http::verb::post, "/api/v1/auth/logout", {session.first, std::string(64, 'f')});
    CHECK(app.call(wrong).result() == http::status::forbidden);
    CHECK(app.call(authed(http::verb::get, "/api/v1/auth/me", session, false)).result() == http::status::ok);
    CHECK(app.call(authed(http::verb::post, "/api/v1/auth/logout", session)).result() == http::status::no_content);
    CHECK(app.call(authed(http::verb::get, "/api/v1/auth/me", session, false)).result() == http::status::unauthorized);
  }
  SECTION("kiosk revocation") {
    CHECK(app.call(authed(http::verb::post, "/api/v1/admin/kiosks/1/revoke", session, false)).result() ==
          http::status::forbidden);
    auto list = app.call(authed(http::verb::get, "/api/v1/admin/kiosks", session, false));
    CHECK(list.body().find("\"revoked\":true") == std::string::npos);
  }
}

TEST_CASE("Operators and HR admins revoke kiosks but managers may not", "[auth][routes][roles]") {
  auth_database db;
  auth_app app(db);
  auto manager = app.sign_in("manager_n01", "manager_n01-password-1");
  CHECK(app.call(authed(http::verb::post, "/api/v1/admin/kiosks/1/revoke", manager)).result() == http::status::forbidden);

  auto ops = app.sign_in("ops", "ops-password-1");
  CHECK(app.call(authed(http::verb::post, "/api/v1/admin/kiosks/999/revoke", ops)).result() == http::status::not_found);
  CHECK(app.call(authed(http::verb::post, "/api/v1/admin/kiosks/abc/revoke", ops)).result() == http::status::not_found);
  auto revoked = app.call(authed(http::verb::post, "/api/v1/admin/kiosks/1/revoke", ops));
  REQUIRE(revoked.result() == http::status::ok);
  auto list = app.call(authed(http::verb::get, "/api/v1/admin/kiosks", ops, false));
  CHECK(list.body().find("\"revoked\":true") != std::string::npos);
  CHECK(list.body().find("\"queuedItems\":3") != std::string::npos);
}

TEST_CASE("A manager's kiosk list holds only their own stores", "[auth][routes][roles]") {
  auth_database db;
  auth_app app(db);
  auto manager = app.sign_in("manager_s01", "manager_s01-password-1");
  auto list = app.call(authed(http::verb::get, "/api/v1/admin/kiosks", manager, false));
  REQUIRE(list.result() == http::status::ok);
  CHECK(list.body().find("Southfields") != std::string::npos);
  CHECK(list.body().find("Northgate") == std::string::npos);
  CHECK(list.body().find("\"mayRevoke\":false") != std::string::npos);
}

TEST_CASE("A manager's kiosk list dates a kiosk's last-seen to the day with no queue, while operators and HR admins "
          "get the hour and the queue",
          "[auth][routes][roles]") {
  auth_database db;
  auth_app app(db);
  auto list_as = [&](const std::string& username) {
    auto session = app.sign_in(username, username + "-password-1");
    auto res = app.call(authed(http::verb::get, "/api/v1/admin/kiosks", session, false));
    REQUIRE(res.result() == http::status::ok);
    return res.body();
  };
  // The N01 kiosk was last seen at 1790000000 (2026-09-21, 14:13 UTC) with 3 answers waiting.
  auto manager = list_as("manager_n01");
  CHECK(manager.find("\"lastSeenOn\":\"2026-09-21\"") != std::string::npos);
  CHECK(manager.find("lastSeenAt") == std::string::npos);
  CHECK(manager.find("1790000000") == std::string::npos);
  CHECK(manager.find("queuedItems") == std::string::npos);
  CHECK(manager.find("\"detailed\":false") != std::string::npos);
  CHECK(list_as("manager_s01").find("\"lastSeenOn\":null") != std::string::npos);
  for (const char* username : {"ops", "hr"}) {
    INFO(username);
    auto body = list_as(username);
    CHECK(body.find("\"lastSeenAt\":1790000000") != std::string::npos);
    CHECK(body.find("\"queuedItems\":3") != std::string::npos);
    CHECK(body.find("\"detailed\":true") != std::string::npos);
  }
}

TEST_CASE("User listing is for operators and HR admins and shows no password hashes", "[auth][routes][roles]") {
  auth_database db;
  auth_app app(db);
  auto manager = app.sign_in("manager_n01", "manager_n01-password-1");
  CHECK(app.call(authed(http::verb::get, "/api/v1/admin/users", manager, false)).result() == http::status::forbidden);
  auto ops = app.sign_in("ops", "ops-password-1");
  auto res = app.call(authed(http::verb::get, "/api/v1/admin/users", ops, false));
  REQUIRE(res.result() == http::status::ok);
  CHECK(res.body().find("manager_s01") != std::string::npos);
  CHECK(res.body().find("argon2") == std::string::npos);
}

TEST_CASE("Operators and HR admins see what kiosks reported beyond their queue, managers do not", "[auth][routes][roles]") {
  auth_database db;
  {
    storage::database write(db.path());
    write.exec("UPDATE kiosks SET sync_state = 'queue_error', refused_items = 'conflict:2,too_late:5' WHERE label = 'Canteen'");
  }
  auth_app app(db);
  for (const char* user : {"ops", "hr"}) {
    INFO(user);
    auto session = app.sign_in(user, std::string(user) + "-password-1");
    auto sync = app.call(authed(http::verb::get, "/api/v1/admin/kiosk-sync", session, false));
    REQUIRE(sync.result() == http::status::ok);
    CHECK(sync.body().find(R"("syncState":"queue_error")") != std::string::npos);
    CHECK(sync.body().find(R"("conflict":2)") != std::string::npos);
    CHECK(sync.body().find(R"("too_late":5)") != std::string::npos);
    CHECK(sync.body().find(R"("refusedTotal":7)") != std::string::npos);
    CHECK(sync.body().find(R"("syncState":null)") != std::string::npos);  // the break room kiosk reported nothing
  }
  auto manager = app.sign_in("manager_s01", "manager_s01-password-1");
  CHECK(app.call(authed(http::verb::get, "/api/v1/admin/kiosk-sync", manager, false)).result() == http::status::forbidden);
}
