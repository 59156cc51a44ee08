#include "tests/support/xvfb_display.h"

#include <chrono>
#include <csignal>
#include <filesystem>
#include <stdexcept>
#include <thread>
#include <vector>

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace storepulse::test {

std::string xvfb_display::find_binary() {
  for (const char* path : {"/usr/bin/Xvfb", "/usr/local/bin/Xvfb"}) {
    if (::access(path, X_OK) == 0) return path;
  }
  return {};
}

xvfb_display::xvfb_display(int width, int height) {
  const std::string binary = find_binary();
  if (binary.empty()) throw std::runtime_error("Xvfb is not installed");
  // Pick a display whose lock file is absent; the pid spreads parallel test runs apart.
  int number = 0;
  for (int attempt = 0; attempt < 200; ++attempt) {
    number = 100 + (static_cast<int>(::getpid()) + attempt * 7) % 800;
    if (!std::filesystem::exists("/tmp/.X" + std::to_string(number) + "-lock") &&
        !std::filesystem::exists("/tmp/.X11-unix/X" + std::to_string(number))) {
      break;
    }
  }
  name_ = ":" + std::to_string(number);
  const std::string geometry = std::to_string(width) + "x" + std::to_string(height) + "x24";
  std::vector<std::string> args{binary, name_, "-screen", "0", geometry, "-nolisten", "tcp", "-noreset"};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  if (::posix_spawn(&pid_, binary.c_str(), nullptr, nullptr, argv.data(), environ) != 0) {
    throw std::runtime_error("cannot start Xvfb");
  }
  const auto socket = "/tmp/.X11-unix/X" + std::to_string(number);
  for (int i = 0; i < 100; ++i) {
    if (std::filesystem::exists(socket)) return;
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      throw std::runtime_error("Xvfb exited at start on " + name_);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ::kill(pid_, SIGKILL);
  ::waitpid(pid_, nullptr, 0);
  pid_ = -1;
  throw std::runtime_error("Xvfb did not open " + socket);
}

xvfb_display::~xvfb_display() {
  if (pid_ <= 0) return;
  ::kill(pid_, SIGTERM);
  int status = 0;
  ::waitpid(pid_, &status, 0);
}

}  // namespace storepulse::test
