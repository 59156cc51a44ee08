#pragma once

#include <atomic>
#include <functional>
#include <string>
#include <thread>

namespace storepulse::testing {

// A TCP listener on a free loopback port, for test servers and proxies: its thread takes one
// connection at a time and hands it to serve, then closes it. serve is told when the listener
// stops, so that it can give up waiting.
class loopback_listener {
 public:
  using serve_fn = std::function<void(int client, const std::atomic<bool>& stopping)>;

  explicit loopback_listener(serve_fn serve);
  // Stops taking connections, waits for the one being served, and closes the port.
  ~loopback_listener();
  loopback_listener(const loopback_listener&) = delete;
  loopback_listener& operator=(const loopback_listener&) = delete;

  // Returns the port clients connect to.
  int port() const { return port_; }

 private:
  void run();

  serve_fn serve_;
  int listen_fd_ = -1;
  int port_ = 0;
  std::atomic<bool> stopping_{false};
  std::thread thread_;
};

// Returns a socket connected to a loopback port, or -1.
int connect_loopback(int port);

// Reads one HTTP message with a Content-Length (or none) from a socket; returns what arrived,
// which is cut short when the peer closed or stopping was set first.
std::string read_http_message(int fd, const std::atomic<bool>& stopping);

}  // namespace storepulse::testing
