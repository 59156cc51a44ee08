// storepulse-simulator: a headless kiosk over the real kiosk core (queue, sync worker, protocol
// client), for demo data, scripted tests and crash drills.
#include "kiosk/simulator/simulated_kiosk.h"

#include <csignal>
#include <iostream>

namespace {

using namespace storepulse::simulator;

std::vector<command> commands() {
  return {
      {"enroll", "enroll a kiosk with a one-time code and fetch its configuration", run_enroll},
      {"submit", "queue sessions (durable first), then upload them", run_submit},
      {"sync", "upload whatever waits in a kiosk's queue", run_sync},
      {"status", "show a kiosk's enrollment, queue and configuration", run_status},
      {"demo", "enroll kiosks from codes and upload weeks of realistic sessions", run_demo},
      {"load", "upload continuously and log acknowledged ids (crash drills)", run_load},
  };
}

void print_usage() {
  std::cout << "storepulse-simulator: a headless kiosk speaking the real protocol\n\n"
               "usage: storepulse-simulator <command> [options]   (storepulse-simulator <command> --help)\n\n"
               "commands:\n";
  for (const auto& c : commands()) {
    std::cout << "  " << c.name << std::string(10 - c.name.size(), ' ') << c.summary << "\n";
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);
  if (argc < 2 || std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h" ||
      std::string(argv[1]) == "help") {
    print_usage();
    return argc < 2 ? 2 : 0;
  }
  std::string name = argv[1];
  std::vector<std::string> args(argv + 2, argv + argc);
  for (const auto& c : commands()) {
    if (c.name == name) {
      try {
        return c.run(args);
      } catch (const std::exception& e) {
        std::cerr << "storepulse-simulator " << name << ": " << e.what() << "\n";
        return 1;
      }
    }
  }
  std::cerr << "storepulse-simulator: unknown command '" << name << "'\n";
  print_usage();
  return 2;
}
