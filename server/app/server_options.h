#pragma once

#include "server/app/server_config.h"

#include <optional>
#include <ostream>
#include <string>

namespace storepulse::app {

struct parsed_options {
  server_config config;
  std::string port_file;  // where to write the bound port, for scripts and tests
};

// Returns the configuration from flags and an optional --config file (flags win), or nullopt
// after printing help or an error to out; exit_code says what the process should return.
std::optional<parsed_options> parse_server_options(int argc, const char* const* argv, std::ostream& out,
                                                   int& exit_code);

}  // namespace storepulse::app
