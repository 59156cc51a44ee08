#pragma once

#include "server/http/session_registry.h"

#include <atomic>
#include <chrono>
#include <cstddef>

namespace storepulse::http {

// Per-connection limits, shared by the listener and every session.
struct session_options {
  std::size_t body_limit = 64 * 1024;
  std::size_t header_limit = 8 * 1024;
  std::chrono::seconds read_timeout{15};
  std::chrono::seconds write_timeout{15};
  std::chrono::seconds idle_timeout{60};
  std::size_t max_connections = 2048;
};

// Live counts the listener and sessions keep, and the shutdown flag they obey.
struct connection_state {
  std::atomic<std::size_t> open{0};
  std::atomic<std::size_t> refusing{0};  // connections past the cap still being answered
  std::atomic<bool> stopping{false};
  session_registry sessions;

  // Stops: requests that have begun must be read by deadline, and are answered 503.
  void stop(std::chrono::steady_clock::time_point deadline) {
    stopping = true;
    sessions.stop_all(deadline);
  }
};

}  // namespace storepulse::http
