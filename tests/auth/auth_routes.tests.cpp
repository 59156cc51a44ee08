#include "server/storage/database.h"
#include "tests/support/auth_fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <future>
#include <latch>
#include <vector>

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

// Returns a sign-in arriving from peer (as the HTTP session records it) with an X-Forwarded-For.
http::request login_from(const std::string& username, const std::string& password, const std::string& peer,
                         const std::string& forwarded = {}) {
  auto req = auth_app::make(http::verb::post, "/api/v1/auth/login", login_body(username, password));
  req.set("X-Storepulse-Peer", peer);
  if (!forwarded.empty()) req.set("X-Forwarded-For", forwarded);
  return req;
}

// Sends the requests all at once from their own threads; returns the answers' statuses.
std::vector<http::status> concurrently(auth_app& app, std::vector<http::request> requests) {
  std::latch start(static_cast<std::ptrdiff_t>(requests.size()));
  std::vector<std::future<http::status>> answers;
  for (auto& req : requests) {
    answers.push_back(std::async(std::launch::async, [&app, &start, req = std::move(req)]() mutable {
      start.arrive_and_wait();
      return app.call(std::move(req)).result();
    }));
  }
  std::vector<http::status> statuses;
  for (auto& answer : answers) statuses.push_back(answer.get());
  return statuses;
}

long count_of(const std::vector<http::status>& statuses, http::status wanted) {
  return std::count(statuses.begin(), statuses.end(), wanted);
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

TEST_CASE("Over HTTPS the session cookie is Secure and __Host- prefixed, and only that name is read",
          "[auth][routes][cookie]") {
  auth_database db;
  app::server_config config;
  SECTION("the server holds the certificate") { config.tls_certificate = "/etc/storepulse/cert.pem"; }
  SECTION("a TLS-terminating proxy in front, named by the public URL") {
    config.public_url = "https://storepulse.example.com";
  }
  auth_app app(db, config);
  auto res = app.call(auth_app::make(http::verb::post, "/api/v1/auth/login", login_body("hr", "hr-password-1")));
  REQUIRE(res.result() == http::status::ok);
  std::string cookie(res[http::beast_http::field::set_cookie]);
  CHECK(cookie.rfind("__Host-sp_session=", 0) == 0);
  CHECK(cookie.find("; Secure") != std::string::npos);
  CHECK(cookie.find("; Path=/;") != std::string::npos);
  CHECK(cookie.find("Domain") == std::string::npos);
  CHECK(cookie.find("HttpOnly") != std::string::npos);
  CHECK(cookie.find("SameSite=Strict") != std::string::npos);
  auto token = cookie.substr(cookie.find('=') + 1, cookie.find(';') - cookie.find('=') - 1);
  auto me = auth_app::make(http::verb::get, "/api/v1/auth/me");
  me.set(http::beast_http::field::cookie, "__Host-sp_session=" + token);
  CHECK(app.call(me).result() == http::status::ok);
  // A cookie without the prefix could have been planted over plain HTTP or by another host.
  me.set(http::beast_http::field::cookie, "sp_session=" + token);
  CHECK(app.call(me).result() == http::status::unauthorized);
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

TEST_CASE("Behind a trusted proxy each client is throttled by its own address", "[auth][routes][throttle][proxy]") {
  auth_database db;
  app::server_config config;
  config.trusted_proxies = {"10.0.0.1"};
  auth_app app(db, config);
  for (int i = 0; i < 20; ++i)
    REQUIRE(app.call(login_from("user" + std::to_string(i), "guess", "10.0.0.1", "198.51.100.4")).result() ==
            http::status::unauthorized);
  CHECK(app.call(login_from("hr", "hr-password-1", "10.0.0.1", "198.51.100.4")).result() ==
        http::status::too_many_requests);
  // Another client behind the same proxy is not locked out.
  CHECK(app.call(login_from("hr", "hr-password-1", "10.0.0.1", "198.51.100.5")).result() == http::status::ok);
  // The locked client cannot pass for another one: the proxy appends the address it saw.
  CHECK(app.call(login_from("ops", "ops-password-1", "10.0.0.1", "198.51.100.5, 198.51.100.4")).result() ==
        http::status::too_many_requests);
}

TEST_CASE("An untrusted peer's X-Forwarded-For neither lets it past the throttle nor locks others out",
          "[auth][routes][throttle][proxy]") {
  auth_database db;
  app::server_config config;
  config.trusted_proxies = {"10.0.0.1"};
  auth_app app(db, config);
  // Naming a different client each time, and naming a victim behind the proxy.
  for (int i = 0; i < 20; ++i)
    app.call(login_from("user" + std::to_string(i), "guess", "203.0.113.9", "198.51.100." + std::to_string(i)));
  CHECK(app.call(login_from("ops", "ops-password-1", "203.0.113.9", "198.51.100.77")).result() ==
        http::status::too_many_requests);
  for (int i = 0; i < 20; ++i) app.call(login_from("user" + std::to_string(i), "guess", "203.0.113.10", "198.51.100.7"));
  CHECK(app.call(login_from("hr", "hr-password-1", "10.0.0.1", "198.51.100.7")).result() == http::status::ok);
}

TEST_CASE("Forty concurrent wrong guesses have at most the limit checked", "[auth][routes][throttle]") {
  auth_database db;
  app::server_config config;
  config.sign_in_queue = 64;  // room for every guess: only the throttle may stop them
  auth_app app(db, config);
  SECTION("at one username") {
    std::vector<http::request> guesses;
    for (int i = 0; i < 40; ++i) guesses.push_back(login_from("hr", "guess-" + std::to_string(i), "192.0.2." + std::to_string(i)));
    auto statuses = concurrently(app, std::move(guesses));
    CHECK(count_of(statuses, http::status::unauthorized) <= 5);
    CHECK(count_of(statuses, http::status::unauthorized) + count_of(statuses, http::status::too_many_requests) == 40);
    CHECK(app.call(login_from("hr", "hr-password-1", "192.0.2.200")).result() == http::status::too_many_requests);
  }
  SECTION("from one address") {
    std::vector<http::request> guesses;
    for (int i = 0; i < 40; ++i) guesses.push_back(login_from("user" + std::to_string(i), "guess", "198.51.100.4"));
    auto statuses = concurrently(app, std::move(guesses));
    CHECK(count_of(statuses, http::status::unauthorized) <= 20);
    CHECK(count_of(statuses, http::status::unauthorized) + count_of(statuses, http::status::too_many_requests) == 40);
    CHECK(app.call(login_from("hr", "hr-password-1", "198.51.100.4")).result() == http::status::too_many_requests);
  }
}

TEST_CASE("State-changing requests from another site are refused", "[auth][routes][origin]") {
  auth_database db;
  auth_app app(db);
  auto signing_in = [](const std::string& origin, const std::string& fetch_site) {
    auto req = auth_app::make(http::verb::post, "/api/v1/auth/login", login_body("ops", "ops-password-1"));
    if (!origin.empty()) req.set(http::beast_http::field::origin, origin);
    if (!fetch_site.empty()) req.set("Sec-Fetch-Site", fetch_site);
    return req;
  };
  SECTION("signing in") {
    auto foreign = app.call(signing_in("https://evil.example", ""));
    CHECK(foreign.result() == http::status::forbidden);
    CHECK(foreign[http::beast_http::field::set_cookie].empty());
    CHECK(app.call(signing_in("", "cross-site")).result() == http::status::forbidden);
    CHECK(app.call(signing_in("null", "")).result() == http::status::forbidden);
    CHECK(app.call(signing_in("http://127.0.0.1", "same-origin")).result() == http::status::ok);
    CHECK(app.call(signing_in("", "")).result() == http::status::ok);
  }
  SECTION("signed-in changes, even with the CSRF token") {
    auto session = app.sign_in("ops", "ops-password-1");
    auto from_elsewhere = [&](http::request req, const char* header, const char* value) {
      req.set(header, value);
      return app.call(std::move(req)).result();
    };
    CHECK(from_elsewhere(authed(http::verb::post, "/api/v1/admin/kiosks/1/revoke", session), "Origin",
                         "https://evil.example") == http::status::forbidden);
    CHECK(from_elsewhere(authed(http::verb::post, "/api/v1/auth/logout", session), "Sec-Fetch-Site", "cross-site") ==
          http::status::forbidden);
    CHECK(from_elsewhere(authed(http::verb::post, "/api/v1/admin/users/1/deactivate", session), "Origin",
                         "https://evil.example") == http::status::forbidden);
    auto list = app.call(authed(http::verb::get, "/api/v1/admin/kiosks", session, false));
    CHECK(list.body().find("\"revoked\":true") == std::string::npos);
    CHECK(from_elsewhere(authed(http::verb::post, "/api/v1/auth/logout", session), "Origin", "http://127.0.0.1") ==
          http::status::no_content);
  }
}

TEST_CASE("Behind a proxy the public URL is the dashboard's origin", "[auth][routes][origin]") {
  auth_database db;
  app::server_config config;
  config.public_url = "https://storepulse.example.com";
  auth_app app(db, config);
  auto req = auth_app::make(http::verb::post, "/api/v1/auth/login", login_body("ops", "ops-password-1"));
  req.set(http::beast_http::field::host, "127.0.0.1:8080");  // what the proxy forwards to
  req.set(http::beast_http::field::origin, "https://storepulse.example.com");
  CHECK(app.call(req).result() == http::status::ok);
  req.set(http::beast_http::field::origin, "https://storepulse.example.org");
  CHECK(app.call(req).result() == http::status::forbidden);
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
