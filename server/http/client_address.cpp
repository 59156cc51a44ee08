#include "server/http/client_address.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <stdexcept>

namespace storepulse::http {
namespace {

namespace ip = boost::asio::ip;

// IPv4 clients of a dual-stack socket appear as ::ffff:a.b.c.d; they are the IPv4 address.
ip::address unmapped(const ip::address& address) {
  if (address.is_v6() && address.to_v6().is_v4_mapped())
    return ip::make_address_v4(ip::v4_mapped, address.to_v6());
  return address;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// Returns the address of one X-Forwarded-For entry: "a.b.c.d", "a.b.c.d:port", an IPv6 address
// or "[v6]:port"; nullopt for anything else ("unknown", obfuscated names).
std::optional<ip::address> parse_entry(std::string_view text) {
  text = trim(text);
  if (text.starts_with('[')) {
    auto close = text.find(']');
    if (close == std::string_view::npos) return std::nullopt;
    text = text.substr(1, close - 1);
  } else if (std::count(text.begin(), text.end(), ':') == 1) {
    text = text.substr(0, text.find(':'));
  }
  boost::system::error_code ec;
  auto address = ip::make_address(std::string(text), ec);
  if (ec) return std::nullopt;
  return unmapped(address);
}

bool in_network(const ip::address& address, const ip::address& base, unsigned prefix) {
  if (address.is_v4() != base.is_v4()) return false;
  if (address.is_v4()) {
    if (prefix == 0) return true;
    auto mask = prefix >= 32 ? 0xffffffffu : ~(0xffffffffu >> prefix);
    return (address.to_v4().to_uint() & mask) == (base.to_v4().to_uint() & mask);
  }
  auto a = address.to_v6().to_bytes();
  auto b = base.to_v6().to_bytes();
  for (unsigned bit = 0; bit < prefix; bit += 8) {
    unsigned bits = std::min(8u, prefix - bit);
    auto mask = static_cast<unsigned char>(0xff << (8 - bits));
    if ((a[bit / 8] & mask) != (b[bit / 8] & mask)) return false;
  }
  return true;
}

}  // namespace

trusted_proxies::trusted_proxies(const std::vector<std::string>& entries) {
  for (const auto& entry : entries) {
    std::string_view rest = entry;
    while (!rest.empty()) {
      auto comma = rest.find(',');
      auto item = trim(rest.substr(0, comma));
      rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
      if (item.empty()) continue;
      auto slash = item.find('/');
      boost::system::error_code ec;
      auto base = ip::make_address(std::string(item.substr(0, slash)), ec);
      if (ec) throw std::invalid_argument("not an address or network: " + std::string(item));
      base = unmapped(base);
      unsigned max = base.is_v4() ? 32 : 128;
      unsigned prefix = max;
      if (slash != std::string_view::npos) {
        auto bits = item.substr(slash + 1);
        auto [end, error] = std::from_chars(bits.data(), bits.data() + bits.size(), prefix);
        if (error != std::errc() || end != bits.data() + bits.size() || bits.empty() || prefix > max)
          throw std::invalid_argument("not an address or network: " + std::string(item));
      }
      networks_.push_back({base, prefix});
    }
  }
}

bool trusted_proxies::contains(const ip::address& address) const {
  auto plain = unmapped(address);
  return std::any_of(networks_.begin(), networks_.end(),
                     [&](const network& n) { return in_network(plain, n.base, n.prefix); });
}

std::string client_address(const request& req, const trusted_proxies& proxies) {
  auto peer_text = req["X-Storepulse-Peer"];
  auto peer = parse_entry(peer_text);
  if (!peer) return std::string(peer_text);
  if (!proxies.contains(*peer)) return peer->to_string();
  std::vector<std::string_view> hops;
  for (auto range = req.equal_range("X-Forwarded-For"); range.first != range.second; ++range.first) {
    std::string_view value = range.first->value();
    while (true) {
      auto comma = value.find(',');
      hops.push_back(value.substr(0, comma));
      if (comma == std::string_view::npos) break;
      value.remove_prefix(comma + 1);
    }
  }
  auto client = *peer;
  for (auto hop = hops.rbegin(); hop != hops.rend(); ++hop) {
    // A hop that names no address ends the walk at the trusted proxy that passed it on.
    auto address = parse_entry(*hop);
    if (!address) break;
    client = *address;
    if (!proxies.contains(client)) break;
  }
  return client.to_string();
}

std::string throttle_key(const std::string& address) {
  boost::system::error_code ec;
  auto parsed = ip::make_address(address, ec);
  if (ec) return address;
  parsed = unmapped(parsed);
  if (parsed.is_v4()) return parsed.to_string();
  auto bytes = parsed.to_v6().to_bytes();
  std::fill(bytes.begin() + 8, bytes.end(), 0);
  return ip::address_v6(bytes).to_string() + "/64";
}

}  // namespace storepulse::http
