#include "tests/support/server_process.h"

#include "tests/support/http_client.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <thread>

namespace storepulse::test {

server_process::server_process(std::vector<std::string> argv, const std::string& folder) {
  auto port_file = folder + "/port";
  std::remove(port_file.c_str());
  argv.insert(argv.end(), {"--port", "0", "--port-file", port_file});
  std::vector<char*> args;
  for (auto& a : argv) args.push_back(a.data());
  args.push_back(nullptr);
  pid_ = fork();
  if (pid_ < 0) throw std::runtime_error("fork failed");
  if (pid_ == 0) {
    auto log = folder + "/server.log";
    if (freopen(log.c_str(), "w", stdout) == nullptr || freopen(log.c_str(), "a", stderr) == nullptr) _exit(126);
    execv(args[0], args.data());
    _exit(127);
  }
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  for (;;) {
    std::ifstream in(port_file);
    if (in >> port_ && port_ > 0 && storepulse::testing::http_send(port_, "GET", "/readyz").status == 200) break;
    port_ = 0;
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      throw std::runtime_error("storepulse-server exited at start");
    }
    if (std::chrono::steady_clock::now() > deadline) {
      kill(pid_, SIGKILL);
      waitpid(pid_, &status, 0);
      pid_ = -1;
      throw std::runtime_error("storepulse-server not ready in 30 s");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

server_process::~server_process() {
  if (pid_ <= 0) return;
  kill(pid_, SIGTERM);
  int status = 0;
  for (int i = 0; i < 100 && waitpid(pid_, &status, WNOHANG) == 0; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  if (waitpid(pid_, &status, WNOHANG) == 0) {
    kill(pid_, SIGKILL);
    waitpid(pid_, &status, 0);
  }
}

std::string server_process::url() const { return "http://127.0.0.1:" + std::to_string(port_); }

}  // namespace storepulse::test
