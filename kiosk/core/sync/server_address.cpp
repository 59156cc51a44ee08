#include "kiosk/core/sync/server_address.h"

#include <boost/asio/ip/address.hpp>

#include <algorithm>
#include <cctype>

namespace storepulse::kiosk {

std::optional<server_address> server_address::parse(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
    text.remove_prefix(1);
  }
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
    text.remove_suffix(1);
  }
  server_address address;
  constexpr std::string_view plain = "http://", secure = "https://";
  if (text.substr(0, plain.size()) == plain) {
    text.remove_prefix(plain.size());
    address.tls = false;
  } else if (text.substr(0, secure.size()) == secure) {
    text.remove_prefix(secure.size());
  } else if (text.find("://") != std::string_view::npos) {
    return std::nullopt;
  }
  if (auto slash = text.find('/'); slash != std::string_view::npos) {
    text = text.substr(0, slash);
  }
  auto colon = text.rfind(':');
  if (colon == std::string_view::npos) {
    address.host = std::string(text);
    address.port = address.tls ? "443" : "80";
  } else {
    address.host = std::string(text.substr(0, colon));
    address.port = std::string(text.substr(colon + 1));
  }
  bool port_ok = !address.port.empty() && address.port.size() <= 5 &&
                 std::all_of(address.port.begin(), address.port.end(),
                             [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
                 std::stoi(address.port) > 0 && std::stoi(address.port) < 65536;
  bool host_ok = !address.host.empty() &&
                 std::all_of(address.host.begin(), address.host.end(), [](char c) {
                   return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_';
                 });
  if (!port_ok || !host_ok) {
    return std::nullopt;
  }
  return address;
}

std::string server_address::to_string() const { return (tls ? "https://" : "http://") + host + ":" + port; }

bool server_address::is_loopback() const {
  std::string lowered = host;
  std::transform(lowered.begin(), lowered.end(), lowered.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (lowered == "localhost") return true;
  boost::system::error_code ec;
  auto ip = boost::asio::ip::make_address(host, ec);
  return !ec && ip.is_loopback();
}

std::string plain_http_refusal(const server_address& address, bool allow_plain_http) {
  if (address.tls || allow_plain_http || address.is_loopback()) return {};
  return "Plain " + address.to_string() +
         " is refused: answers and the device token would cross the network unencrypted. Use https://, or allow "
         "plain HTTP explicitly (--allow-plain-http).";
}

}  // namespace storepulse::kiosk
