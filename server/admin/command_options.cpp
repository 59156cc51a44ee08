#include "server/admin/command_options.h"

#include <iostream>

namespace storepulse::admin {

namespace po = boost::program_options;

bool parse_command(const std::string& name, const std::string& summary, po::options_description& options,
                   const std::vector<std::string>& args, int& exit_code) {
  options.add_options()("help,h", "print this help");
  try {
    po::variables_map vm;
    po::store(po::command_line_parser(args).options(options).run(), vm);
    if (vm.count("help")) {
      std::cout << "storepulse-admin " << name << ": " << summary << "\n\n" << options;
      exit_code = 0;
      return false;
    }
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "storepulse-admin " << name << ": " << e.what() << "\nTry: storepulse-admin " << name
              << " --help\n";
    exit_code = 2;
    return false;
  }
  return true;
}

}  // namespace storepulse::admin
