#pragma once

#include <boost/program_options.hpp>

#include <string>
#include <vector>

namespace storepulse::admin {

// Parses a command's arguments; returns false after printing help (exit_code 0) or an error
// (exit_code 2). Every command takes --db and --help.
bool parse_command(const std::string& name, const std::string& summary,
                   boost::program_options::options_description& options, const std::vector<std::string>& args,
                   int& exit_code);

}  // namespace storepulse::admin
