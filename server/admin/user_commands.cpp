#include "server/admin/command.h"
#include "server/auth/password.h"
#include "server/auth/user_store.h"
#include "server/storage/database.h"
#include "server/storage/migrator.h"

#include <boost/program_options.hpp>

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
  const std::string usage = "usage: storepulse-admin set-password --db FILE --username U (--password-file F | --password P)";
  po::options_description options("options");
  options.add_options()("help,h", "show this help")("db", po::value<std::string>()->required(), "SQLite database")(
      "username", po::value<std::string>()->required(), "sign-in name");
  add_password_options(options);
  po::variables_map values;
  int exit_code = 0;
  if (!parse(usage, options, args, values, exit_code)) return exit_code;
  try {
    auto password = read_password(values);
    if (password.size() < 12) throw std::invalid_argument("the password needs at least 12 characters");
    storage::database db(values["db"].as<std::string>());
    storage::migrate(db);
    if (!auth::update_password(db, values["username"].as<std::string>(), auth::hash_password(password)))
      throw std::invalid_argument("no such user");
    std::cout << "password changed\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 1;
  }
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
  commands.push_back({"set-password", "replace a dashboard user's password", set_password});
  commands.push_back({"list-users", "list dashboard users, their roles and locations", list_users});
}

}  // namespace storepulse::admin
