#include "server/auth/account_changes.h"
#include "server/auth/password.h"
#include "server/auth/user_store.h"
#include "server/storage/database.h"
#include "tests/support/scratch_folder.h"

#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

using namespace storepulse;

namespace {

// Runs storepulse-admin with args; returns its exit code and puts its output in output.
int admin(const storepulse::testing::scratch_folder& folder, const std::string& args, std::string& output) {
  auto out = folder.file("admin.out");
  int status = std::system((std::string(STOREPULSE_ADMIN_BIN) + " " + args + " > " + out + " 2>&1").c_str());
  std::ifstream in(out);
  std::stringstream text;
  text << in.rdbuf();
  output = text.str();
  return WEXITSTATUS(status);
}

}  // namespace

TEST_CASE("The admin tool creates the first HR admin and managers with their stores", "[auth][admin]") {
  storepulse::testing::scratch_folder folder("storepulse-users");
  auto db_path = folder.file("s.db");
  std::ofstream(folder.file("stores.csv")) << "code,name,region,timezone,headcount,remediation_limit,currency\n"
                                           << "A01,Alpha,West,Europe/Paris,10,40,EUR\n";
  std::ofstream(folder.file("pw")) << "a long enough password\n";
  std::string out;
  REQUIRE(admin(folder, "init --db " + db_path, out) == 0);
  REQUIRE(admin(folder, "import-locations --db " + db_path + " --csv " + folder.file("stores.csv"), out) == 0);

  CHECK(admin(folder, "add-user --db " + db_path + " --username chief --role hr_admin --password-file " + folder.file("pw"), out) == 0);
  CHECK(admin(folder, "add-user --db " + db_path + " --username mo --role manager --locations A01 --password-file " +
                          folder.file("pw"), out) == 0);

  SECTION("bad requests are refused and nothing is written") {
    CHECK(admin(folder, "add-user --db " + db_path + " --username x --role manager --password-file " + folder.file("pw"), out) == 1);
    CHECK(out.find("needs --locations") != std::string::npos);
    CHECK(admin(folder, "add-user --db " + db_path + " --username y --role manager --locations Z99 --password-file " +
                            folder.file("pw"), out) == 1);
    CHECK(out.find("Z99") != std::string::npos);
    CHECK(admin(folder, "add-user --db " + db_path + " --username z --role boss --password-file " + folder.file("pw"), out) == 1);
    CHECK(admin(folder, "add-user --db " + db_path + " --username w --role operator --password short", out) == 1);
    CHECK(admin(folder, "add-user --db " + db_path + " --username CHIEF --role operator --password-file " + folder.file("pw"), out) == 1);
    storage::database db(db_path);
    CHECK(auth::list_users(db).size() == 2);
  }
  SECTION("the stored hash is Argon2id and verifies the password from the file") {
    storage::database db(db_path);
    auto user = auth::find_user(db, "mo");
    REQUIRE(user);
    CHECK(user->password_hash.rfind("$argon2id$", 0) == 0);
    CHECK(auth::verify_password(user->password_hash, "a long enough password"));
    CHECK(user->location_codes == std::vector<std::string>{"A01"});
    CHECK(auth::to_principal(*user).may_see_location(user->location_ids.at(0)));
  }
  SECTION("list-users shows roles and stores but no hashes, and set-password replaces the hash") {
    REQUIRE(admin(folder, "list-users --db " + db_path, out) == 0);
    CHECK(out.find("chief\thr_admin") != std::string::npos);
    CHECK(out.find("mo\tmanager\tactive\tA01") != std::string::npos);
    CHECK(out.find("argon2") == std::string::npos);
    REQUIRE(admin(folder, "set-password --db " + db_path + " --username mo --password another-long-password", out) == 0);
    storage::database db(db_path);
    CHECK(auth::verify_password(auth::find_user(db, "mo")->password_hash, "another-long-password"));
  }
  SECTION("deactivate-user, reactivate-user, set-role and set-locations change the account and are recorded") {
    auto with_db = [&](const std::string& rest) { return rest + " --db " + db_path; };
    REQUIRE(admin(folder, with_db("deactivate-user --username mo"), out) == 0);
    CHECK(out.find("mo: deactivated") != std::string::npos);
    REQUIRE(admin(folder, "list-users --db " + db_path, out) == 0);
    CHECK(out.find("mo\tmanager\tinactive") != std::string::npos);
    CHECK(admin(folder, with_db("deactivate-user --username mo"), out) == 1);
    CHECK(out.find("already") != std::string::npos);
    REQUIRE(admin(folder, with_db("reactivate-user --username MO"), out) == 0);

    REQUIRE(admin(folder, with_db("set-role --username mo --role operator"), out) == 0);
    CHECK(out.find("manager -> operator") != std::string::npos);
    CHECK(admin(folder, with_db("set-role --username mo --role manager"), out) == 1);
    CHECK(out.find("at least one store") != std::string::npos);
    REQUIRE(admin(folder, with_db("set-role --username mo --role manager --locations A01"), out) == 0);
    CHECK(admin(folder, with_db("set-locations --username mo --locations A01"), out) == 1);
    CHECK(out.find("nothing to change") != std::string::npos);
    CHECK(admin(folder, with_db("set-locations --username chief --locations A01"), out) == 1);
    CHECK(out.find("only managers") != std::string::npos);
    CHECK(admin(folder, with_db("set-role --username nobody --role operator"), out) == 1);
    CHECK(out.find("no such user") != std::string::npos);
    REQUIRE(admin(folder, with_db("set-password --username mo --password another-long-password"), out) == 0);

    storage::database db(db_path);
    auto mo = auth::find_user(db, "mo");
    CHECK(mo->credentials_version == 1 + 5);
    CHECK(mo->active);
    CHECK(mo->location_codes == std::vector<std::string>{"A01"});
    auto changes = auth::list_changes(db, 20);
    REQUIRE(changes.size() == 2 + 5);  // two added, five changes of mo
    CHECK(changes[0].action == "password");
    CHECK(changes[4].action == "deactivated");
    CHECK(changes[6].action == "added");
    for (const auto& change : changes) CHECK(change.actor.rfind("storepulse-admin (", 0) == 0);
  }
}
