#pragma once

#include "server/http/message.h"

#include <boost/asio/ip/address.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace storepulse::http {

// The proxies (addresses or CIDR ranges) whose X-Forwarded-For is believed.
class trusted_proxies {
 public:
  trusted_proxies() = default;
  // Parses entries such as "10.0.0.1", "10.0.0.0/8", "::1" or "fd00::/8", several to an entry when
  // comma-separated; throws std::invalid_argument naming the first one that is not an address.
  explicit trusted_proxies(const std::vector<std::string>& entries);

  // Returns true when address is one of the proxies.
  bool contains(const boost::asio::ip::address& address) const;
  bool empty() const { return networks_.empty(); }

 private:
  struct network {
    boost::asio::ip::address base;
    unsigned prefix = 0;
  };
  std::vector<network> networks_;
};

// Returns the address of the client behind a request: the connection's peer (X-Storepulse-Peer,
// set by the HTTP session) unless that is a trusted proxy; then, reading X-Forwarded-For from the
// right, the first address that is not a trusted proxy (the left-most when all are). Addresses to
// the left of it came from the client and are never believed. Empty when the peer is unknown.
std::string client_address(const request& req, const trusted_proxies& proxies);

// Returns the key a client counts under in a throttle: its address, or for IPv6 its /64, which
// one client usually holds whole.
std::string throttle_key(const std::string& address);

}  // namespace storepulse::http
