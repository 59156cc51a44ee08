#include "server/auth/session_cookie.h"

namespace storepulse::auth {

std::string session_cookie_name(const app::server_config& config) {
  return config.served_over_https() ? "__Host-sp_session" : "sp_session";
}

std::string session_cookie(const app::server_config& config, const std::string& token) {
  std::string cookie = session_cookie_name(config) + "=" + token + "; Path=/; HttpOnly; SameSite=Strict";
  if (config.served_over_https()) cookie += "; Secure";
  return cookie;
}

std::string expired_session_cookie(const app::server_config& config) {
  return session_cookie(config, "") + "; Max-Age=0";
}

std::string read_cookie(const http::request& req, std::string_view name) {
  auto header = req[http::beast_http::field::cookie];
  std::string_view cookies(header.data(), header.size());
  while (!cookies.empty()) {
    auto end = cookies.find(';');
    auto part = cookies.substr(0, end);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    if (part.size() > name.size() && part.starts_with(name) && part[name.size()] == '=')
      return std::string(part.substr(name.size() + 1));
    if (end == std::string_view::npos) break;
    cookies.remove_prefix(end + 1);
  }
  return {};
}

}  // namespace storepulse::auth
