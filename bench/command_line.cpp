#include "bench/command_line.h"

#include <iostream>

namespace storepulse::bench {

std::optional<int> read_command_line(int argc, char** argv, const boost::program_options::options_description& options,
                                     boost::program_options::variables_map& vm) {
  try {
    boost::program_options::store(boost::program_options::parse_command_line(argc, argv, options), vm);
    boost::program_options::notify(vm);
  } catch (const std::exception& e) {
    std::cerr << e.what() << "\n" << options;
    return 2;
  }
  if (vm.count("help")) {
    std::cout << options;
    return 0;
  }
  return std::nullopt;
}

}  // namespace storepulse::bench
