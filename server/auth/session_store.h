#pragma once

#include "server/auth/principal.h"
#include "server/http/message.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace storepulse::auth {

// Signed-in sessions, kept in memory: a restart signs everyone out, and no session ever touches
// the database on a network thread. Sessions are also found by user, so that a change to an
// account ends all of its sessions at once.
class session_store {
 public:
  using clock_fn = std::function<std::chrono::steady_clock::time_point()>;

  // cookie_name is the cookie that carries the token (see session_cookie_name).
  session_store(std::chrono::minutes idle, std::chrono::hours absolute, std::string cookie_name = "sp_session");
  // As above, reading the time from now (tests use it to move time forward).
  session_store(std::chrono::minutes idle, std::chrono::hours absolute, clock_fn now,
                std::string cookie_name = "sp_session");

  // Starts a session for who, with the credentials version it was signed in with; returns its
  // cookie token.
  std::string create(principal who);
  // Returns the user of the request's session cookie, refreshing its idle timer, or nullopt.
  std::optional<principal> authenticate(const http::request& req);
  // As authenticate, for a token.
  std::optional<principal> find(const std::string& token);
  // Returns true when the request carries the session's CSRF token in X-CSRF-Token.
  static bool check_csrf(const http::request& req, const principal& who);
  // Ends the session of the request.
  void destroy(const http::request& req);
  // Ends every session of the user; returns how many there were.
  std::size_t end_user(std::int64_t user_id);
  // Ends every session whose credentials version is older than its user's in current (user id
  // to version; a user missing from it is gone or inactive); returns how many ended.
  std::size_t end_outdated(const std::unordered_map<std::int64_t, std::int64_t>& current);
  // Returns the number of live and expired-but-unswept sessions.
  std::size_t size() const;

 private:
  struct entry {
    principal who;
    std::chrono::steady_clock::time_point created, last_used;
  };
  using session_map = std::unordered_map<std::string, entry>;
  session_map::iterator erase(session_map::iterator it);

  std::chrono::minutes idle_;
  std::chrono::hours absolute_;
  clock_fn now_;
  std::string cookie_name_;
  mutable std::mutex mutex_;
  session_map sessions_;
  std::unordered_map<std::int64_t, std::unordered_set<std::string>> tokens_by_user_;
};

}  // namespace storepulse::auth
