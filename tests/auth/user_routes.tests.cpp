#include "tests/support/auth_fixture.h"

#include <catch2/catch.hpp>

using namespace storepulse;
using test::auth_app;
using test::auth_database;

namespace {

using session = std::pair<std::string, std::string>;

http::request authed(http::verb method, const std::string& target, const session& who, const std::string& body = {}) {
  auto req = auth_app::make(method, target, body);
  req.set(http::beast_http::field::cookie, who.first);
  if (method != http::verb::get) req.set("X-CSRF-Token", who.second);
  return req;
}

// Returns the status of the caller's change to an account.
http::status change(auth_app& app, const session& who, std::int64_t user_id, const std::string& action,
                    const std::string& body = {}) {
  return app.call(authed(http::verb::post, "/api/v1/admin/users/" + std::to_string(user_id) + "/" + action, who, body))
      .result();
}

bool alive(auth_app& app, const session& who) {
  return app.call(authed(http::verb::get, "/api/v1/auth/me", who)).result() == http::status::ok;
}

http::status sign_in_status(auth_app& app, const std::string& username, const std::string& password) {
  return app
      .call(auth_app::make(http::verb::post, "/api/v1/auth/login",
                           R"({"username":")" + username + R"(","password":")" + password + R"("})"))
      .result();
}

}  // namespace

TEST_CASE("Each change an HR admin makes on the web ends every session of that account at once", "[auth][users]") {
  auth_database db;
  auth_app app(db);
  auto hr = app.sign_in("hr", "hr-password-1");
  auto manager = db.user_id("manager_n01");
  auto phone = app.sign_in("manager_n01", "manager_n01-password-1");
  auto laptop = app.sign_in("manager_n01", "manager_n01-password-1");
  auto bystander = app.sign_in("manager_s01", "manager_s01-password-1");
  REQUIRE(alive(app, phone));

  SECTION("deactivation, then reactivation") {
    REQUIRE(change(app, hr, manager, "deactivate") == http::status::ok);
    CHECK_FALSE(alive(app, phone));
    CHECK_FALSE(alive(app, laptop));
    CHECK(sign_in_status(app, "manager_n01", "manager_n01-password-1") == http::status::unauthorized);
    CHECK(change(app, hr, manager, "deactivate") == http::status::conflict);
    REQUIRE(change(app, hr, manager, "reactivate") == http::status::ok);
    CHECK(sign_in_status(app, "manager_n01", "manager_n01-password-1") == http::status::ok);
  }
  SECTION("another role") {
    REQUIRE(change(app, hr, manager, "access", R"({"role":"operator","locations":[]})") == http::status::ok);
    CHECK_FALSE(alive(app, phone));
    CHECK_FALSE(alive(app, laptop));
    auto again = app.sign_in("manager_n01", "manager_n01-password-1");
    CHECK(test::json_string(app.call(authed(http::verb::get, "/api/v1/auth/me", again)).body(), "role") == "operator");
  }
  SECTION("other stores") {
    REQUIRE(change(app, hr, manager, "access", R"({"role":"manager","locations":["N01","N02"]})") == http::status::ok);
    CHECK_FALSE(alive(app, phone));
    auto again = app.sign_in("manager_n01", "manager_n01-password-1");
    CHECK(app.call(authed(http::verb::get, "/api/v1/auth/me", again)).body().find("\"N02\"") != std::string::npos);
  }
  SECTION("a new password") {
    REQUIRE(change(app, hr, manager, "password", R"({"password":"a brand new password"})") == http::status::ok);
    CHECK_FALSE(alive(app, phone));
    CHECK_FALSE(alive(app, laptop));
    CHECK(sign_in_status(app, "manager_n01", "manager_n01-password-1") == http::status::unauthorized);
    CHECK(sign_in_status(app, "manager_n01", "a brand new password") == http::status::ok);
  }
  // Nobody else was signed out.
  CHECK(alive(app, hr));
  CHECK(alive(app, bystander));
}

TEST_CASE("HR admins manage every account but their own, operators only operators, managers none",
          "[auth][users][roles]") {
  auth_database db;
  auth_app app(db);
  auto hr = app.sign_in("hr", "hr-password-1");
  auto ops = app.sign_in("ops", "ops-password-1");
  auto manager = app.sign_in("manager_n01", "manager_n01-password-1");
  auto ops2 = db.user_id("ops2");

  CHECK(change(app, manager, ops2, "deactivate") == http::status::forbidden);
  CHECK(change(app, ops, db.user_id("manager_s01"), "deactivate") == http::status::forbidden);
  CHECK(change(app, ops, db.user_id("hr"), "password", R"({"password":"a brand new password"})") ==
        http::status::forbidden);
  CHECK(change(app, ops, ops2, "access", R"({"role":"hr_admin","locations":[]})") == http::status::forbidden);
  CHECK(change(app, ops, db.user_id("ops"), "deactivate") == http::status::forbidden);
  CHECK(change(app, hr, db.user_id("hr"), "deactivate") == http::status::forbidden);
  CHECK(alive(app, hr));

  CHECK(change(app, ops, ops2, "password", R"({"password":"operators reset operators"})") == http::status::ok);
  CHECK(change(app, ops, ops2, "deactivate") == http::status::ok);
  CHECK(change(app, ops, ops2, "reactivate") == http::status::ok);
  CHECK(change(app, hr, ops2, "access", R"({"role":"hr_admin","locations":[]})") == http::status::ok);

  SECTION("what the user list offers each caller") {
    auto as_ops = app.call(authed(http::verb::get, "/api/v1/admin/users", ops)).body();
    CHECK(as_ops.find("\"mayChangeAccess\":false") != std::string::npos);
    CHECK(as_ops.find("\"stores\":[]") != std::string::npos);
    auto as_hr = app.call(authed(http::verb::get, "/api/v1/admin/users", hr)).body();
    CHECK(as_hr.find("\"mayChangeAccess\":true") != std::string::npos);
    CHECK(as_hr.find("Harbour Street") != std::string::npos);
    CHECK(app.call(authed(http::verb::get, "/api/v1/admin/users", manager)).result() == http::status::forbidden);
  }
  SECTION("changes that cannot be made") {
    auto target = db.user_id("manager_s01");
    CHECK(change(app, hr, target, "access", R"({"role":"manager","locations":[]})") == http::status::conflict);
    CHECK(change(app, hr, target, "access", R"({"role":"manager","locations":["Z99"]})") ==
          http::status::unprocessable_entity);
    CHECK(change(app, hr, target, "access", R"({"role":"hr_admin","locations":["N01"]})") ==
          http::status::unprocessable_entity);
    CHECK(change(app, hr, db.user_id("ops"), "access", R"({"role":"manager","locations":[]})") ==
          http::status::unprocessable_entity);
    CHECK(change(app, hr, target, "access", R"({"role":"boss"})") == http::status::bad_request);
    CHECK(change(app, hr, target, "password", R"({"password":"short"})") == http::status::bad_request);
    CHECK(change(app, hr, 99999, "deactivate") == http::status::not_found);
    CHECK(change(app, hr, target, "delete") == http::status::not_found);
    // Nothing was half done: the manager keeps S01 and nothing was recorded.
    auto listed = app.call(authed(http::verb::get, "/api/v1/admin/users", hr)).body();
    CHECK(listed.find("\"locations\":[\"S01\"]") != std::string::npos);
    auto record = app.call(authed(http::verb::get, "/api/v1/admin/user-changes", hr)).body();
    CHECK(record.find("manager_s01") == std::string::npos);
  }
}

TEST_CASE("Every change is recorded with who made it and when, for HR admins only", "[auth][users][audit]") {
  auth_database db;
  auth_app app(db);
  auto hr = app.sign_in("hr", "hr-password-1");
  auto ops = app.sign_in("ops", "ops-password-1");
  auto manager = app.sign_in("manager_n01", "manager_n01-password-1");
  REQUIRE(change(app, hr, db.user_id("manager_s01"), "access", R"({"role":"manager","locations":["N02","S01"]})") ==
          http::status::ok);
  REQUIRE(change(app, ops, db.user_id("ops2"), "deactivate") == http::status::ok);
  REQUIRE(change(app, hr, db.user_id("ops2"), "password", R"({"password":"a brand new password"})") ==
          http::status::ok);

  auto res = app.call(authed(http::verb::get, "/api/v1/admin/user-changes", hr));
  REQUIRE(res.result() == http::status::ok);
  const auto& body = res.body();
  // Newest first: the password, the deactivation by the operator, then HR's change of stores.
  auto password = body.find("\"action\":\"password\"");
  auto deactivated = body.find("\"action\":\"deactivated\"");
  // Protobuf's JSON printer writes '>' as \u003e.
  auto stores = body.find(R"("detail":"S01 -\u003e N02, S01")");
  REQUIRE(password != std::string::npos);
  REQUIRE(deactivated != std::string::npos);
  REQUIRE(stores != std::string::npos);
  CHECK(password < deactivated);
  CHECK(deactivated < stores);
  CHECK(body.find("\"actor\":\"ops\"") != std::string::npos);
  CHECK(body.find("\"actor\":\"hr\"") != std::string::npos);
  CHECK(body.find("brand new") == std::string::npos);
  CHECK(body.find("argon2") == std::string::npos);
  // To the minute: "YYYY-MM-DD HH:MM".
  auto at = test::json_string(body, "changedAt");
  CHECK(at.size() == 16);
  CHECK(at[10] == ' ');

  CHECK(app.call(authed(http::verb::get, "/api/v1/admin/user-changes", ops)).result() == http::status::forbidden);
  CHECK(app.call(authed(http::verb::get, "/api/v1/admin/user-changes", manager)).result() == http::status::forbidden);
  CHECK(app.call(auth_app::make(http::verb::get, "/api/v1/admin/user-changes")).result() == http::status::unauthorized);
}
