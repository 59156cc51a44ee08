// Account changes through the real server binary on loopback, from the dashboard's routes and from
// the admin tool on the running server's database: sessions end, access follows, the record is kept.
#include "server/storage/database.h"
#include "tests/support/dashboard_server.h"
#include "tests/support/eventually.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>

using storepulse::test::dashboard_server;
using storepulse::testing::eventually;

namespace {

using web_session = dashboard_server::web_session;

bool signed_in(const dashboard_server& server, const web_session& who) {
  return server.get(who, "/api/v1/auth/me").status == 200;
}

// Returns the status of a change to username's account through the dashboard's route.
int change(const dashboard_server& server, const web_session& who, const std::string& username,
           const std::string& action, const std::string& body = "{}") {
  return server.post(who, "/api/v1/admin/users/" + std::to_string(server.user_id(username)) + "/" + action, body)
      .status;
}

// Returns the recorded changes to username's account as "actor|action|detail" lines, oldest first,
// read from the database itself.
std::string recorded(const dashboard_server& server, const std::string& username) {
  storepulse::storage::database db(server.db_path());
  auto stmt = db.prepare(
      "SELECT c.actor, c.action, c.detail, c.changed_at FROM user_changes c JOIN users u ON u.id = c.user_id "
      "WHERE u.username = ?1 ORDER BY c.id");
  stmt.bind(1, username);
  std::string lines;
  while (stmt.step()) {
    // Changes are dated to the minute, UTC: "YYYY-MM-DD HH:MM".
    CHECK(stmt.column_text(3).size() == 16);
    lines += stmt.column_text(0) + "|" + stmt.column_text(1) + "|" + stmt.column_text(2) + "\n";
  }
  return lines;
}

std::string file_with(const dashboard_server& server, const std::string& name, const std::string& text) {
  auto path = std::filesystem::path(server.db_path()).parent_path() / name;
  std::ofstream(path) << text << "\n";
  return path.string();
}

}  // namespace

TEST_CASE("A deactivated user cannot sign in and their open sessions end at once", "[auth][server][users]") {
  dashboard_server server;
  auto hr = server.sign_in("hr", "hr-password-1");
  auto phone = server.sign_in("manager_south", "manager_south-password-1");
  auto laptop = server.sign_in("manager_south", "manager_south-password-1");
  auto bystander = server.sign_in("manager_north", "manager_north-password-1");
  REQUIRE(signed_in(server, phone));
  REQUIRE(signed_in(server, laptop));

  REQUIRE(change(server, hr, "manager_south", "deactivate") == 200);
  // Ended before the answer came back, not at the next check.
  CHECK_FALSE(signed_in(server, phone));
  CHECK_FALSE(signed_in(server, laptop));
  CHECK(server.get(phone, "/api/v1/reports/overview").status == 401);
  CHECK(server.sign_in("manager_south", "manager_south-password-1").reply.status == 401);
  CHECK(signed_in(server, hr));
  CHECK(signed_in(server, bystander));

  REQUIRE(change(server, hr, "manager_south", "reactivate") == 200);
  CHECK(server.sign_in("manager_south", "manager_south-password-1").reply.status == 200);
  // The fixture added the account with the admin tool, which names itself and the system user.
  auto record = recorded(server, "manager_south");
  CHECK(record.rfind("storepulse-admin (", 0) == 0);
  CHECK(record.ends_with(")|added|manager (stores S01)\nhr|deactivated|\nhr|reactivated|\n"));
}

TEST_CASE("A new password ends every session of the account and only the new password signs in",
          "[auth][server][users]") {
  dashboard_server server;
  auto hr = server.sign_in("hr", "hr-password-1");
  auto ops = server.sign_in("ops", "ops-password-1");
  REQUIRE(signed_in(server, ops));

  REQUIRE(change(server, hr, "ops", "password", R"({"password":"a brand new password"})") == 200);
  CHECK_FALSE(signed_in(server, ops));
  CHECK(server.sign_in("ops", "ops-password-1").reply.status == 401);
  auto again = server.sign_in("ops", "a brand new password");
  CHECK(again.reply.status == 200);
  CHECK(signed_in(server, hr));
  auto record = recorded(server, "ops");
  CHECK(record.find("hr|password|reset\n") != std::string::npos);
  CHECK(record.find("brand new") == std::string::npos);
}

TEST_CASE("Moving a manager to other stores changes what they see from their next sign-in",
          "[auth][server][users]") {
  dashboard_server server;
  const auto s01 = "/api/v1/reports/location/" + std::to_string(server.location_id("S01"));
  const auto e01 = "/api/v1/reports/location/" + std::to_string(server.location_id("E01"));
  auto hr = server.sign_in("hr", "hr-password-1");
  auto before = server.sign_in("manager_south", "manager_south-password-1");
  REQUIRE(server.get(before, s01).status == 200);
  REQUIRE(server.get(before, e01).status == 403);

  REQUIRE(change(server, hr, "manager_south", "access", R"({"role":"manager","locations":["E01"]})") == 200);
  // The old session, which still named S01, is over.
  CHECK(server.get(before, s01).status == 401);
  auto after = server.sign_in("manager_south", "manager_south-password-1");
  REQUIRE(after.reply.status == 200);
  CHECK(after.reply.body.find("\"E01\"") != std::string::npos);
  CHECK(after.reply.body.find("\"S01\"") == std::string::npos);
  CHECK(server.get(after, s01).status == 403);
  CHECK(server.get(after, e01).status == 200);
  auto overview = server.get(after, "/api/v1/reports/overview?period=4w");
  REQUIRE(overview.status == 200);
  CHECK(overview.body.find("\"Eastbrook Centre\"") != std::string::npos);
  CHECK(overview.body.find("\"Southfields\"") == std::string::npos);

  // HR's list shows the new stores and the record says who moved whom.
  CHECK(server.get(hr, "/api/v1/admin/users").body.find("\"locations\":[\"E01\"]") != std::string::npos);
  auto changes = server.get(hr, "/api/v1/admin/user-changes");
  REQUIRE(changes.status == 200);
  // Protobuf's JSON printer writes '>' as \u003e.
  CHECK(changes.body.find(R"("detail":"S01 -\u003e E01")") != std::string::npos);
  CHECK(changes.body.find("\"actor\":\"hr\"") != std::string::npos);
  CHECK(recorded(server, "manager_south").find("hr|stores|S01 -> E01\n") != std::string::npos);
}

TEST_CASE("Changes made with the admin tool end the account's sessions on the running server",
          "[auth][server][users][admin]") {
  dashboard_server server;
  auto hr = server.sign_in("hr", "hr-password-1");
  auto manager = server.sign_in("manager_north", "manager_north-password-1");
  auto ops = server.sign_in("ops", "ops-password-1");
  REQUIRE(signed_in(server, manager));
  const auto gone = [&](const web_session& who) {
    return eventually([&] { return !signed_in(server, who); }, std::chrono::seconds(5));
  };

  SECTION("deactivation") {
    auto said = server.admin({"deactivate-user", "--db", server.db_path(), "--username", "manager_north"});
    CHECK(said.find("manager_north: deactivated") != std::string::npos);
    CHECK(gone(manager));
    CHECK(server.sign_in("manager_north", "manager_north-password-1").reply.status == 401);
    server.admin({"reactivate-user", "--db", server.db_path(), "--username", "manager_north"});
    CHECK(server.sign_in("manager_north", "manager_north-password-1").reply.status == 200);
  }
  SECTION("a new password") {
    server.admin({"set-password", "--db", server.db_path(), "--username", "manager_north", "--password-file",
                  file_with(server, "new.pw", "another long password")});
    CHECK(gone(manager));
    CHECK(server.sign_in("manager_north", "manager_north-password-1").reply.status == 401);
    CHECK(server.sign_in("manager_north", "another long password").reply.status == 200);
  }
  SECTION("another role") {
    server.admin({"set-role", "--db", server.db_path(), "--username", "manager_north", "--role", "operator"});
    CHECK(gone(manager));
    auto again = server.sign_in("manager_north", "manager_north-password-1");
    CHECK(again.reply.body.find("\"role\":\"operator\"") != std::string::npos);
    CHECK(server.get(again, "/api/v1/reports/overview").status == 403);
  }
  SECTION("other stores") {
    server.admin({"set-locations", "--db", server.db_path(), "--username", "manager_north", "--locations", "S02"});
    CHECK(gone(manager));
    auto again = server.sign_in("manager_north", "manager_north-password-1");
    CHECK(server.get(again, "/api/v1/reports/location/" + std::to_string(server.location_id("N01"))).status == 403);
    CHECK(server.get(again, "/api/v1/reports/location/" + std::to_string(server.location_id("S02"))).status == 200);
  }
  // Nobody else was signed out, and HR reads who did it.
  CHECK(signed_in(server, hr));
  CHECK(signed_in(server, ops));
  auto changes = server.get(hr, "/api/v1/admin/user-changes");
  CHECK(changes.body.find("\"actor\":\"storepulse-admin (") != std::string::npos);
  CHECK(changes.body.find("\"username\":\"manager_north\"") != std::string::npos);
}
