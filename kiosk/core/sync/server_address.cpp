#include "kiosk/core/sync/server_address.h"

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
  constexpr std::string_view scheme = "http://";
  if (text.substr(0, scheme.size()) == scheme) {
    text.remove_prefix(scheme.size());
  } else if (text.find("://") != std::string_view::npos) {
    return std::nullopt;  // only plain HTTP is spoken here
  }
  if (auto slash = text.find('/'); slash != std::string_view::npos) {
    text = text.substr(0, slash);
  }
  server_address address;
  auto colon = text.rfind(':');
  if (colon == std::string_view::npos) {
    address.host = std::string(text);
    address.port = "80";
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

std::string server_address::to_string() const { return "http://" + host + ":" + port; }

}  // namespace storepulse::kiosk
