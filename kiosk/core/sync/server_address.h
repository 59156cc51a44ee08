#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace storepulse::kiosk {

// Where the server listens, and whether it speaks TLS.
struct server_address {
  std::string host;
  std::string port;
  bool tls = true;

  // Returns the address from "https://host:8443", "http://127.0.0.1:8080" or "host[:port]" (https;
  // the port defaults to 443 for https, 80 for http).
  static std::optional<server_address> parse(std::string_view text);
  // Returns "https://host:port" or "http://host:port".
  std::string to_string() const;
  // Returns true for localhost and the loopback addresses (127.0.0.0/8, ::1).
  bool is_loopback() const;
};

// Returns why plain HTTP to this address is refused (empty when it is TLS, loopback or allowed):
// answers and the device token would cross the network unencrypted.
std::string plain_http_refusal(const server_address& address, bool allow_plain_http);

}  // namespace storepulse::kiosk
