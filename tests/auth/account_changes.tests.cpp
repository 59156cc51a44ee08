#include "server/auth/account_changes.h"
#include "server/auth/user_store.h"
#include "tests/support/auth_fixture.h"

#include <catch2/catch.hpp>

using namespace storepulse;

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
