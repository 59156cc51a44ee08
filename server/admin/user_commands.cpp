#include "server/admin/command.h"
#include "server/auth/account_changes.h"
#include "server/auth/password.h"
#include "server/auth/user_store.h"
#include "server/storage/database.h"
#include "server/storage/migrator.h"

#include <boost/program_options.hpp>

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

namespace storepulse::admin {
namespace {

namespace po = boost::program_options;

// Parses args against options; prints help or the error and returns false when the command
// should stop (exit_code tells how).
bool parse(const std::string& usage, const po::options_description& options, const std::vector<std::string>& args,
           po::variables_map& values, int& exit_code) {
  try {
    po::store(po::command_line_parser(args).options(options).run(), values);
    if (values.count("help")) {
      std::cout << usage << "\n" << options;
      exit_code = 0;
      return false;
    }
    po::notify(values);
    return true;
  } catch (const po::error& e) {
    std::cerr << "error: " << e.what() << "\n" << usage << "\n" << options;
    exit_code = 2;
    return false;
  }
}

std::vector<std::string> split_codes(const std::string& text) {
  std::vector<std::string> codes;
  std::stringstream stream(text);
  std::string code;
  while (std::getline(stream, code, ','))
    if (!code.empty()) codes.push_back(code);
  return codes;
}

// Returns the password from --password or the first line of --password-file, or empty.
std::string read_password(const po::variables_map& values) {
  if (values.count("password")) return values["password"].as<std::string>();
  if (!values.count("password-file")) return {};
  auto path = values["password-file"].as<std::string>();
  std::ifstream file(path);
  if (!file) throw std::runtime_error("cannot read " + path);
  std::string line;
  std::getline(file, line);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

void add_password_options(po::options_description& options) {
  options.add_options()("password-file", po::value<std::string>(), "file whose first line is the password")(
      "password", po::value<std::string>(), "the password (visible in the process list; prefer --password-file)");
}

// Returns who the audit names for a change made here: the tool and the system user running it.
std::string actor() {
  const char* name = std::getenv("SUDO_USER");
  if (!name || !*name) {
    const passwd* entry = ::getpwuid(::geteuid());
    name = entry ? entry->pw_name : "unknown";
  }
  return std::string("storepulse-admin (") + name + ")";
}

// Applies change to the account called username in one transaction and says what it did.
int change_account(const std::string& db_path, const std::string& username, const auth::account_change& change) {
  storage::database db(db_path);
  storage::migrate(db);
  storage::transaction tx(db);
  auto user = auth::find_user(db, username);
  if (!user) throw std::invalid_argument("no such user '" + username + "'");
  auto done = auth::apply_change(db, *user, change, actor());
  tx.commit();
  std::cout << user->username << ": " << done << "; a running server ends their sessions within a second\n";
  return 0;
}

// Runs a command that changes one account: parses --db, --username and extra, then applies the
// change that make_change builds from the values.
int account_command(const std::string& usage, const std::vector<std::string>& args,
                    const std::function<void(po::options_description&)>& extra,
                    const std::function<auth::account_change(const po::variables_map&)>& make_change) {
  po::options_description options("options");
  options.add_options()("help,h", "show this help")("db", po::value<std::string>()->required(), "SQLite database")(
      "username", po::value<std::string>()->required(), "sign-in name");
  if (extra) extra(options);
  po::variables_map values;
  int exit_code = 0;
  if (!parse(usage, options, args, values, exit_code)) return exit_code;
  try {
    return change_account(values["db"].as<std::string>(), values["username"].as<std::string>(), make_change(values));
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 1;
  }
}

// Returns the role named by --role; throws for any other name.
auth::role role_option(const po::variables_map& values) {
  auto user_role = auth::parse_role(values["role"].as<std::string>());
  if (!user_role) throw std::invalid_argument("role must be hr_admin, manager or operator");
  return *user_role;
}

int add_user(const std::vector<std::string>& args) {
  const std::string usage =
      "usage: storepulse-admin add-user --db FILE --username U --role hr_admin|manager|operator "
      "(--password-file F | --password P) [--locations CODE,CODE]";
  po::options_description options("options");
  options.add_options()("help,h", "show this help")("db", po::value<std::string>()->required(), "SQLite database")(
      "username", po::value<std::string>()->required(), "sign-in name")(
      "role", po::value<std::string>()->required(), "hr_admin, manager or operator")(
      "locations", po::value<std::string>()->default_value(""), "comma-separated location codes (managers)");
  add_password_options(options);
  po::variables_map values;
  int exit_code = 0;
  if (!parse(usage, options, args, values, exit_code)) return exit_code;
  try {
    auto user_role = auth::parse_role(values["role"].as<std::string>());
    if (!user_role) throw std::invalid_argument("role must be hr_admin, manager or operator");
    auto codes = split_codes(values["locations"].as<std::string>());
    if (*user_role == auth::role::manager && codes.empty())
      throw std::invalid_argument("a manager needs --locations");
    if (*user_role != auth::role::manager && !codes.empty())
      throw std::invalid_argument("only managers have --locations; HR admins see every location");
    auto password = read_password(values);
    if (password.size() < 12) throw std::invalid_argument("the password needs at least 12 characters");
    storage::database db(values["db"].as<std::string>());
    storage::migrate(db);
    auto hash = auth::hash_password(password);
    storage::transaction tx(db);
    auto id = auth::insert_user(db, values["username"].as<std::string>(), hash, *user_role, codes);
    std::string detail = auth::role_name(*user_role);
    for (std::size_t i = 0; i < codes.size(); ++i) detail += (i ? ", " : " (stores ") + codes[i];
    auth::record_added(db, id, actor(), codes.empty() ? detail : detail + ")");
    tx.commit();
    std::cout << "added user " << values["username"].as<std::string>() << " (id " << id << ", "
              << auth::role_name(*user_role) << ")\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 1;
  }
}

int set_password(const std::vector<std::string>& args) {
  return account_command(
      "usage: storepulse-admin set-password --db FILE --username U (--password-file F | --password P)", args,
      add_password_options, [](const po::variables_map& values) {
        auto password = read_password(values);
        if (password.size() < 12) throw std::invalid_argument("the password needs at least 12 characters");
        auth::account_change change{auth::account_change::kind::set_password};
        change.password_hash = auth::hash_password(password);
        return change;
      });
}

int set_role(const std::vector<std::string>& args) {
  return account_command(
      "usage: storepulse-admin set-role --db FILE --username U --role hr_admin|manager|operator [--locations CODE,CODE]",
      args,
      [](po::options_description& options) {
        options.add_options()("role", po::value<std::string>()->required(), "hr_admin, manager or operator")(
            "locations", po::value<std::string>()->default_value(""), "comma-separated location codes (managers)");
      },
      [](const po::variables_map& values) {
        auth::account_change change{auth::account_change::kind::set_role};
        change.new_role = role_option(values);
        change.location_codes = split_codes(values["locations"].as<std::string>());
        return change;
      });
}

int set_locations(const std::vector<std::string>& args) {
  return account_command(
      "usage: storepulse-admin set-locations --db FILE --username U --locations CODE,CODE", args,
      [](po::options_description& options) {
        options.add_options()("locations", po::value<std::string>()->required(), "comma-separated location codes");
      },
      [](const po::variables_map& values) {
        auth::account_change change{auth::account_change::kind::set_locations};
        change.location_codes = split_codes(values["locations"].as<std::string>());
        if (change.location_codes.empty()) throw std::invalid_argument("a manager needs at least one store");
        return change;
      });
}

// Returns a command that only switches the account off or on.
command::runner switch_account(auth::account_change::kind what, std::string name) {
  return [what, name](const std::vector<std::string>& args) {
    return account_command("usage: storepulse-admin " + name + " --db FILE --username U", args, nullptr,
                           [what](const po::variables_map&) { return auth::account_change{what}; });
  };
}

int list_users(const std::vector<std::string>& args) {
  const std::string usage = "usage: storepulse-admin list-users --db FILE";
  po::options_description options("options");
  options.add_options()("help,h", "show this help")("db", po::value<std::string>()->required(), "SQLite database");
  po::variables_map values;
  int exit_code = 0;
  if (!parse(usage, options, args, values, exit_code)) return exit_code;
  try {
    storage::database db(values["db"].as<std::string>());
    storage::migrate(db);
    for (const auto& user : auth::list_users(db)) {
      std::cout << user.username << "\t" << auth::role_name(user.user_role) << "\t"
                << (user.active ? "active" : "inactive") << "\t";
      for (std::size_t i = 0; i < user.location_codes.size(); ++i)
        std::cout << (i ? "," : "") << user.location_codes[i];
      std::cout << "\t" << (user.last_login_on.empty() ? "never" : user.last_login_on) << "\n";
    }
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace

void add_user_commands(std::vector<command>& commands) {
  commands.push_back({"add-user", "create a dashboard user (the first HR admin, managers, operators)", add_user});
  commands.push_back({"list-users", "list dashboard users, their roles and locations", list_users});
  commands.push_back({"set-password", "replace a dashboard user's password (ends their sessions)", set_password});
  commands.push_back({"set-role", "give a dashboard user another role (ends their sessions)", set_role});
  commands.push_back({"set-locations", "replace a manager's stores (ends their sessions)", set_locations});
  commands.push_back({"deactivate-user", "stop a dashboard user signing in (ends their sessions)",
                      switch_account(auth::account_change::kind::deactivate, "deactivate-user")});
  commands.push_back({"reactivate-user", "let a deactivated dashboard user sign in again",
                      switch_account(auth::account_change::kind::reactivate, "reactivate-user")});
}

}  // namespace storepulse::admin
