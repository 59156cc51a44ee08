#pragma once

#include "tests/support/loopback_listener.h"

#include <atomic>

namespace storepulse::testing {

// A TCP forwarder on loopback in front of a server that loses answers, one connection at a time:
// on the first `lose` connections it passes the request on, waits for the first bytes of the
// server's answer (which come only after the server did the work), and closes the client's
// connection without them. Later connections are passed on both ways.
class lossy_proxy {
 public:
  lossy_proxy(int server_port, int lose);
  lossy_proxy(const lossy_proxy&) = delete;
  lossy_proxy& operator=(const lossy_proxy&) = delete;

  // Returns the port clients connect to.
  int port() const { return listener_.port(); }
  // Returns the connections accepted so far.
  int connections() const { return connections_.load(); }

 private:
  void relay(int client, bool lose_answer, const std::atomic<bool>& stopping);

  int server_port_;
  int lose_;
  std::atomic<int> connections_{0};
  loopback_listener listener_;  // last: its thread serves with the members above
};

}  // namespace storepulse::testing
