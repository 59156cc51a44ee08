#include "server/app/server.h"
#include "server/app/server_options.h"

#include <csignal>
#include <cstdio>
#include <fstream>
#include <iostream>

int main(int argc, char** argv) {
  int exit_code = 0;
  auto options = storepulse::app::parse_server_options(argc, argv, std::cout, exit_code);
  if (!options) return exit_code;
  // Past a file-size limit a write then fails like one on a full disk, which the writer reports
  // (see /readyz), instead of the signal ending the process.
  std::signal(SIGXFSZ, SIG_IGN);
  try {
    storepulse::app::server server(options->config);
    if (!options->port_file.empty()) std::ofstream(options->port_file) << server.port() << "\n";
    return server.run();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "storepulse-server: %s\n", e.what());
    return 1;
  }
}
