#pragma once

#include "tests/support/loopback_listener.h"

#include <atomic>
#include <string>

namespace storepulse::testing {

// A TCP forwarder on loopback in front of a server that refuses whole uploads the way a
// misconfigured proxy does: on a connection whose first request is an upload, while refusals are
// left, it reads the request and answers `status` with an HTML body that names no item, then
// closes. Any other request is passed on and its answer passed back; the connection then closes.
class refusing_proxy {
 public:
  refusing_proxy(int server_port, int status, int refusals);
  refusing_proxy(const refusing_proxy&) = delete;
  refusing_proxy& operator=(const refusing_proxy&) = delete;

  // Returns "http://127.0.0.1:PORT" for clients.
  std::string url() const;
  // Returns the uploads refused so far.
  int refused() const { return refused_.load(); }

 private:
  void serve(int client, const std::atomic<bool>& stopping);

  int server_port_;
  int status_;
  int refusals_;
  std::atomic<int> refused_{0};
  loopback_listener listener_;  // last: its thread serves with the members above
};

}  // namespace storepulse::testing
