#pragma once

#include <boost/program_options.hpp>

#include <optional>

namespace storepulse::bench {

// Reads a benchmark's options into vm; returns the exit code when the program should stop there:
// 0 after printing the help (--help), 2 after printing why the options were refused.
std::optional<int> read_command_line(int argc, char** argv, const boost::program_options::options_description& options,
                                     boost::program_options::variables_map& vm);

}  // namespace storepulse::bench
