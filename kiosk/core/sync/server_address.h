#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace storepulse::kiosk {

// Where the server listens (plain HTTP; TLS is terminated in front of it when used).
struct server_address {
  std::string host;
  std::string port;

  // Returns the address from "http://127.0.0.1:8080", "127.0.0.1:8080" or "host" (port 80).
  static std::optional<server_address> parse(std::string_view text);
  // Returns "http://host:port".
  std::string to_string() const;
};

}  // namespace storepulse::kiosk
