#pragma once

#include "server/auth/principal.h"
#include "server/http/message.h"

#include <chrono>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace storepulse::auth {

// Signed-in sessions, kept in memory: a restart signs everyone out, and no session ever touches
// the database on a network thread.
class session_store {
 public:
  using clock_fn = std::function<std::chrono::steady_clock::time_point()>;

  session_store(std::chrono::minutes idle, std::chrono::hours absolute);
  // As above, reading the time from now (tests use it to move time forward).
  session_store(std::chrono::minutes idle, std::chrono::hours absolute, clock_fn now);

  // Starts a session; returns its cookie token.
  std::string create(principal who);
  // Returns the user of the request's session cookie, refreshing its idle timer, or nullopt.
  std::optional<principal> authenticate(const http::request& req);
  // Returns true when the request carries the session's CSRF token in X-CSRF-Token.
  static bool check_csrf(const http::request& req, const principal& who);
  // Ends the session of the request.
  void destroy(const http::request& req);

 private:
  struct entry {
    principal who;
    std::chrono::steady_clock::time_point created, last_used;
  };
  std::chrono::minutes idle_;
  std::chrono::hours absolute_;
  clock_fn now_;
  std::mutex mutex_;
  std::unordered_map<std::string, entry> sessions_;
};

}  // namespace storepulse::auth
