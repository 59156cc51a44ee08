#pragma once

#include <functional>
#include <string>
#include <vector>

namespace storepulse::admin {

// One subcommand of storepulse-admin: `storepulse-admin NAME [options]`.
struct command {
  using runner = std::function<int(const std::vector<std::string>& args)>;
  std::string name;
  std::string summary;
  // Receives the arguments after the command name; returns the process exit code.
  runner run;
};

// Each file of server/admin adds its commands through one of these.
void add_database_commands(std::vector<command>& commands);
void add_location_commands(std::vector<command>& commands);
void add_survey_commands(std::vector<command>& commands);
void add_kiosk_commands(std::vector<command>& commands);
void add_user_commands(std::vector<command>& commands);
void add_plan_commands(std::vector<command>& commands);
void add_staff_post_commands(std::vector<command>& commands);
void add_maturity_commands(std::vector<command>& commands);

}  // namespace storepulse::admin
