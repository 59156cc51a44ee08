#include "server/auth/account_changes.h"
#include "server/auth/user_store.h"
#include "tests/support/auth_fixture.h"
#include "tests/support/dashboard_server.h"
#include "tests/support/eventually.h"
#include "tests/support/http_client.h"

#include <catch2/catch.hpp>

#include <chrono>

using namespace storepulse;
using storepulse::test::dashboard_server;
using storepulse::testing::http_send;

namespace {

// Returns the cookie of a fresh session on the real server.
std::string sign_in(const dashboard_server& server, const std::string& username) {
  auto res = http_send(server.port(), "POST", "/api/v1/auth/login",
                       R"({"username":")" + username + R"(","password":")" + username + R"(-password-1"})",
                       {{"Content-Type", "application/json"}});
  REQUIRE(res.status == 200);
  return res.headers["set-cookie"].substr(0, res.headers["set-cookie"].find(';'));
}

int me(const dashboard_server& server, const std::string& cookie) {
  return http_send(server.port(), "GET", "/api/v1/auth/me", {}, {{"Cookie", cookie}}).status;
}

}  // namespace

TEST_CASE("A change from the admin tool ends the account's sessions on the running server within a second",
          "[auth][server][users]") {
  dashboard_server server;
  auto phone = sign_in(server, "manager_north");
  auto laptop = sign_in(server, "manager_north");
  auto bystander = sign_in(server, "hr");
  REQUIRE(me(server, phone) == 200);
  std::vector<std::string> args;
  SECTION("deactivate-user") { args = {"deactivate-user", "--username", "manager_north"}; }
  SECTION("set-role") { args = {"set-role", "--username", "manager_north", "--role", "operator"}; }
  SECTION("set-locations") { args = {"set-locations", "--username", "manager_north", "--locations", "N01"}; }
  SECTION("set-password") { args = {"set-password", "--username", "manager_north", "--password", "another long password"}; }
  args.insert(args.begin() + 1, {"--db", server.db_path()});
  server.admin(args);
  auto changed = std::chrono::steady_clock::now();
  CHECK(testing::eventually([&] { return me(server, phone) == 401; }, std::chrono::seconds(5)));
  CHECK(std::chrono::steady_clock::now() - changed < std::chrono::seconds(1));
  CHECK(me(server, laptop) == 401);
  CHECK(me(server, bystander) == 200);
}

TEST_CASE("Account changes raise the credentials version, change nothing when refused, and are recorded",
          "[auth][users][audit]") {
  test::auth_database fixture;
  storage::database db(fixture.path());
  auto version = [&](const std::string& username) { return auth::find_user(db, username)->credentials_version; };
  auto manager = *auth::find_user(db, "manager_n01");
  const auto before = manager.credentials_version;

  auth::account_change to_operator{auth::account_change::kind::set_role};
  to_operator.new_role = auth::role::operator_role;
  CHECK(auth::apply_change(db, manager, to_operator, "hr") == "role: manager -> operator");
  CHECK(version("manager_n01") == before + 1);
  CHECK(auth::find_user(db, "manager_n01")->location_codes.empty());

  auto ops = *auth::find_user(db, "ops");
  auth::account_change bad{auth::account_change::kind::set_role};
  bad.new_role = auth::role::manager;
  bad.location_codes = {"N01", "Z99"};
  CHECK_THROWS_AS(auth::apply_change(db, ops, bad, "hr"), std::invalid_argument);
  CHECK(auth::find_user(db, "ops")->user_role == auth::role::operator_role);
  CHECK(version("ops") == ops.credentials_version);
  CHECK_THROWS_AS(auth::apply_change(db, ops, {auth::account_change::kind::reactivate}, "hr"), auth::account_conflict);

  auto changes = auth::list_changes(db, 10);
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].actor == "hr");
  CHECK(changes[0].username == "manager_n01");
  CHECK(changes[0].action == "role");
  // Deactivated accounts have no credentials that a session could carry.
  CHECK(auth::apply_change(db, ops, {auth::account_change::kind::deactivate}, "hr") == "deactivated");
  CHECK(auth::active_credentials(db).count(ops.id) == 0);
  CHECK(auth::active_credentials(db).at(manager.id) == before + 1);
}
