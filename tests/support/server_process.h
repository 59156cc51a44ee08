#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace storepulse::test {

// The real storepulse-server on a free loopback port, ready once it answers /readyz; stopped with
// SIGTERM (SIGKILL after 5 s) on destruction.
class server_process {
 public:
  // Runs argv (the binary and its flags) with --port 0 and a port file in folder; its output goes
  // to folder/server.log. Throws when it exits or is not ready within 30 s.
  server_process(std::vector<std::string> argv, const std::string& folder);
  ~server_process();
  server_process(const server_process&) = delete;
  server_process& operator=(const server_process&) = delete;

  int port() const { return port_; }
  // Returns "http://127.0.0.1:PORT".
  std::string url() const;

 private:
  int port_ = 0;
  pid_t pid_ = -1;
};

}  // namespace storepulse::test
