#include "server/auth/session_store.h"

#include "server/auth/random_token.h"
#include "server/auth/session_cookie.h"

#include <sodium.h>

#include <vector>

namespace storepulse::auth {

session_store::session_store(std::chrono::minutes idle, std::chrono::hours absolute, std::string cookie_name)
    : session_store(idle, absolute, [] { return std::chrono::steady_clock::now(); }, std::move(cookie_name)) {}

session_store::session_store(std::chrono::minutes idle, std::chrono::hours absolute, clock_fn now,
                             std::string cookie_name)
    : idle_(idle), absolute_(absolute), now_(std::move(now)), cookie_name_(std::move(cookie_name)) {}

std::string session_store::create(principal who) {
  auto token = random_token(32);
  who.csrf_token = random_token(32);
  auto now = now_();
  std::lock_guard lock(mutex_);
  // Sessions nobody returns to are dropped here, so abandoned ones do not pile up.
  if (sessions_.size() >= 1024 && sessions_.size() % 256 == 0) {
    for (auto it = sessions_.begin(); it != sessions_.end();) {
      bool expired = now - it->second.last_used > idle_ || now - it->second.created > absolute_;
      it = expired ? erase(it) : std::next(it);
    }
  }
  tokens_by_user_[who.user_id].insert(token);
  sessions_[token] = entry{std::move(who), now, now};
  return token;
}

std::optional<principal> session_store::authenticate(const http::request& req) {
  return find(read_cookie(req, cookie_name_));
}

std::optional<principal> session_store::find(const std::string& token) {
  if (token.empty()) return std::nullopt;
  auto now = now_();
  std::lock_guard lock(mutex_);
  auto it = sessions_.find(token);
  if (it == sessions_.end()) return std::nullopt;
  if (now - it->second.last_used > idle_ || now - it->second.created > absolute_) {
    erase(it);
    return std::nullopt;
  }
  it->second.last_used = now;
  return it->second.who;
}

bool session_store::check_csrf(const http::request& req, const principal& who) {
  auto header = req["X-CSRF-Token"];
  if (header.size() != who.csrf_token.size() || who.csrf_token.empty()) return false;
  return sodium_memcmp(header.data(), who.csrf_token.data(), who.csrf_token.size()) == 0;
}

void session_store::destroy(const http::request& req) {
  auto token = read_cookie(req, cookie_name_);
  std::lock_guard lock(mutex_);
  auto it = sessions_.find(token);
  if (it != sessions_.end()) erase(it);
}

std::size_t session_store::end_user(std::int64_t user_id) {
  std::lock_guard lock(mutex_);
  auto user = tokens_by_user_.find(user_id);
  if (user == tokens_by_user_.end()) return 0;
  auto tokens = std::move(user->second);
  tokens_by_user_.erase(user);
  for (const auto& token : tokens) sessions_.erase(token);
  return tokens.size();
}

std::size_t session_store::end_outdated(const std::unordered_map<std::int64_t, std::int64_t>& current) {
  std::lock_guard lock(mutex_);
  std::size_t ended = 0;
  for (auto it = sessions_.begin(); it != sessions_.end();) {
    auto user = current.find(it->second.who.user_id);
    // Only older versions end: a sign-in may have read a change that came after current was read.
    if (user != current.end() && it->second.who.credentials_version >= user->second) {
      ++it;
      continue;
    }
    it = erase(it);
    ++ended;
  }
  return ended;
}

std::size_t session_store::size() const {
  std::lock_guard lock(mutex_);
  return sessions_.size();
}

session_store::session_map::iterator session_store::erase(session_map::iterator it) {
  auto user = tokens_by_user_.find(it->second.who.user_id);
  if (user != tokens_by_user_.end()) {
    user->second.erase(it->first);
    if (user->second.empty()) tokens_by_user_.erase(user);
  }
  return sessions_.erase(it);
}

}  // namespace storepulse::auth
