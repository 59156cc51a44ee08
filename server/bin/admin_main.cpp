#include "server/admin/command.h"
#include "server/storage/database.h"

#include <iomanip>
#include <iostream>

namespace {

void usage(const std::vector<storepulse::admin::command>& commands) {
  std::cout << "storepulse-admin: set up and operate a Storepulse database.\n\n"
               "Usage: storepulse-admin COMMAND --db FILE [options]   (COMMAND --help for its options)\n\nCommands:\n";
  for (const auto& c : commands) std::cout << "  " << std::left << std::setw(18) << c.name << c.summary << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  using namespace storepulse::admin;
  std::vector<command> commands;
  add_database_commands(commands);
  add_location_commands(commands);
  add_survey_commands(commands);
  add_kiosk_commands(commands);
  add_user_commands(commands);
  add_plan_commands(commands);
  add_staff_post_commands(commands);
  add_maturity_commands(commands);

  std::string name = argc > 1 ? argv[1] : "";
  if (name.empty() || name == "--help" || name == "-h" || name == "help") {
    usage(commands);
    return name.empty() ? 2 : 0;
  }
  for (const auto& c : commands) {
    if (c.name != name) continue;
    try {
      return c.run(std::vector<std::string>(argv + 2, argv + argc));
    } catch (const storepulse::storage::sqlite_error& e) {
      std::cerr << "storepulse-admin " << name << ": database error: " << e.what() << "\n";
      return 1;
    } catch (const std::exception& e) {
      std::cerr << "storepulse-admin " << name << ": " << e.what() << "\n";
      return 1;
    }
  }
  std::cerr << "storepulse-admin: unknown command '" << name << "'\n\n";
  usage(commands);
  return 2;
}
