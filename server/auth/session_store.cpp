#include "server/auth/session_store.h"

#include "server/auth/random_token.h"

#include <sodium.h>

namespace storepulse::auth {
namespace {

constexpr std::string_view cookie_name = "sp_session=";

std::string session_cookie(const http::request& req) {
  auto header = req[http::beast_http::field::cookie];
  std::string_view cookies(header.data(), header.size());
  while (!cookies.empty()) {
    auto end = cookies.find(';');
    auto part = cookies.substr(0, end);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    if (part.starts_with(cookie_name)) return std::string(part.substr(cookie_name.size()));
    if (end == std::string_view::npos) break;
    cookies.remove_prefix(end + 1);
  }
  return {};
}

}  // namespace

session_store::session_store(std::chrono::minutes idle, std::chrono::hours absolute)
    : session_store(idle, absolute, [] { return std::chrono::steady_clock::now(); }) {}

session_store::session_store(std::chrono::minutes idle, std::chrono::hours absolute, clock_fn now)
    : idle_(idle), absolute_(absolute), now_(std::move(now)) {}

std::string session_store::create(principal who) {
  auto token = random_token(32);
  who.csrf_token = random_token(32);
  auto now = now_();
  std::lock_guard lock(mutex_);
  // Sessions nobody returns to are dropped here, so abandoned ones do not pile up.
  if (sessions_.size() >= 1024 && sessions_.size() % 256 == 0)
    std::erase_if(sessions_, [&](const auto& item) {
      return now - item.second.last_used > idle_ || now - item.second.created > absolute_;
    });
  sessions_[token] = entry{std::move(who), now, now};
  return token;
}

std::optional<principal> session_store::authenticate(const http::request& req) {
  auto token = session_cookie(req);
  if (token.empty()) return std::nullopt;
  auto now = now_();
  std::lock_guard lock(mutex_);
  auto it = sessions_.find(token);
  if (it == sessions_.end()) return std::nullopt;
  if (now - it->second.last_used > idle_ || now - it->second.created > absolute_) {
    sessions_.erase(it);
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
  auto token = session_cookie(req);
  std::lock_guard lock(mutex_);
  sessions_.erase(token);
}

}  // namespace storepulse::auth
