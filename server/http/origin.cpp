#include "server/http/origin.h"

#include <algorithm>
#include <cctype>

namespace storepulse::http {
namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
}

// Returns authority without the scheme's default port.
std::string without_default_port(std::string authority, std::string_view scheme) {
  std::string_view suffix = scheme == "https" ? ":443" : ":80";
  if (authority.ends_with(suffix)) authority.resize(authority.size() - suffix.size());
  return authority;
}

}  // namespace

std::optional<std::string> web_origin(std::string_view url) {
  auto text = lower(url);
  std::string scheme;
  if (text.starts_with("https://")) scheme = "https";
  else if (text.starts_with("http://")) scheme = "http";
  else return std::nullopt;
  auto rest = std::string_view(text).substr(scheme.size() + 3);
  auto end = rest.find('/');
  auto authority = rest.substr(0, end);
  if (end != std::string_view::npos && rest.substr(end) != "/") return std::nullopt;
  if (authority.empty() || authority.find_first_of("@?# \t") != std::string_view::npos) return std::nullopt;
  // The host is a bracketed IPv6 address or a name; a port, when given, is digits.
  auto host_end = authority.starts_with('[') ? authority.find(']') + 1 : authority.find(':');
  if (host_end == 0) return std::nullopt;
  auto host = authority.substr(0, host_end);
  if (host.empty() || (host_end < authority.size() &&
                       (authority[host_end] != ':' || !all_digits(authority.substr(host_end + 1)))))
    return std::nullopt;
  return scheme + "://" + without_default_port(std::string(authority), scheme);
}

bool from_same_origin(const request& req, std::string_view public_origin) {
  if (lower(req["Sec-Fetch-Site"]) == "cross-site") return false;
  auto header = req[beast_http::field::origin];
  if (header.empty()) return true;
  auto origin = web_origin(header);
  if (!origin) return false;  // "null" (a sandboxed frame, a redirect from elsewhere) included
  if (!public_origin.empty() && *origin == public_origin) return true;
  auto scheme = origin->substr(0, origin->find(':'));
  auto host = without_default_port(lower(req[beast_http::field::host]), scheme);
  return !host.empty() && origin->substr(scheme.size() + 3) == host;
}

}  // namespace storepulse::http
