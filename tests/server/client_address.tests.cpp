#include "server/http/client_address.h"

#include <catch2/catch.hpp>

#include <stdexcept>

using namespace storepulse;

namespace {

http::request from(const std::string& peer, std::vector<std::string> forwarded = {}) {
  http::request req{http::verb::post, "/api/v1/auth/login", 11};
  req.set("X-Storepulse-Peer", peer);
  for (const auto& value : forwarded) req.insert("X-Forwarded-For", value);
  return req;
}

}  // namespace

TEST_CASE("Trusted proxies are addresses and networks, repeated or separated by commas", "[server][proxy]") {
  http::trusted_proxies proxies({"10.0.0.1, 192.168.0.0/16", "::1", "fd00::/8"});
  auto at = [](const char* text) { return boost::asio::ip::make_address(text); };
  CHECK(proxies.contains(at("10.0.0.1")));
  CHECK_FALSE(proxies.contains(at("10.0.0.2")));
  CHECK(proxies.contains(at("192.168.44.5")));
  CHECK(proxies.contains(at("::ffff:192.168.1.1")));  // an IPv4 client of a dual-stack socket
  CHECK(proxies.contains(at("::1")));
  CHECK(proxies.contains(at("fd12:3456::1")));
  CHECK_FALSE(proxies.contains(at("fe80::1")));
  CHECK(http::trusted_proxies(std::vector<std::string>{}).empty());
  for (const char* bad : {"10.0.0.0/33", "proxy.example", "10.0.0.1/", "::1/129", "10.0.0.0/8x"}) {
    INFO(bad);
    CHECK_THROWS_AS(http::trusted_proxies({bad}), std::invalid_argument);
  }
}

TEST_CASE("The client is the peer unless the peer is a trusted proxy", "[server][proxy]") {
  http::trusted_proxies proxies({"10.0.0.1", "10.0.1.0/24"});
  SECTION("nobody's X-Forwarded-For is believed without trusted proxies") {
    CHECK(http::client_address(from("203.0.113.9", {"198.51.100.7"}), http::trusted_proxies()) == "203.0.113.9");
  }
  SECTION("an untrusted peer cannot name another client") {
    CHECK(http::client_address(from("203.0.113.9", {"198.51.100.7"}), proxies) == "203.0.113.9");
    CHECK(http::client_address(from("203.0.113.9", {"10.0.0.1"}), proxies) == "203.0.113.9");
  }
  SECTION("behind a trusted proxy, the right-most address that is not a trusted proxy") {
    CHECK(http::client_address(from("10.0.0.1", {"198.51.100.4"}), proxies) == "198.51.100.4");
    // What the client wrote itself stays to the left of what the proxies added.
    CHECK(http::client_address(from("10.0.0.1", {"198.51.100.5, 198.51.100.4"}), proxies) == "198.51.100.4");
    CHECK(http::client_address(from("10.0.0.1", {"198.51.100.5", "198.51.100.4, 10.0.1.7"}), proxies) ==
          "198.51.100.4");
    CHECK(http::client_address(from("::ffff:10.0.0.1", {"[2001:db8::5]:4711"}), proxies) == "2001:db8::5");
    CHECK(http::client_address(from("10.0.0.1", {"198.51.100.4:51234"}), proxies) == "198.51.100.4");
  }
  SECTION("when every hop is a trusted proxy, the left-most") {
    CHECK(http::client_address(from("10.0.0.1", {"10.0.1.2, 10.0.1.3"}), proxies) == "10.0.1.2");
  }
  SECTION("a hop that is no address ends the walk at the proxy that passed it on") {
    CHECK(http::client_address(from("10.0.0.1", {"unknown"}), proxies) == "10.0.0.1");
    CHECK(http::client_address(from("10.0.0.1", {"198.51.100.4, _hidden, 10.0.1.2"}), proxies) == "10.0.1.2");
    CHECK(http::client_address(from("10.0.0.1"), proxies) == "10.0.0.1");
  }
}

TEST_CASE("Throttles count IPv4 clients by address and IPv6 clients by their /64", "[server][proxy]") {
  CHECK(http::throttle_key("198.51.100.4") == "198.51.100.4");
  CHECK(http::throttle_key("::ffff:198.51.100.4") == "198.51.100.4");
  CHECK(http::throttle_key("2001:db8:0:7:1:2:3:4") == "2001:db8:0:7::/64");
  CHECK(http::throttle_key("") == "");
}
