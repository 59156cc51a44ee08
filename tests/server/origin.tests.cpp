#include "server/http/origin.h"

#include <catch2/catch.hpp>

using namespace storepulse;

namespace {

http::request post(const std::string& host, const std::string& origin, const std::string& fetch_site = {}) {
  http::request req{http::verb::post, "/api/v1/auth/logout", 11};
  req.set(http::beast_http::field::host, host);
  if (!origin.empty()) req.set(http::beast_http::field::origin, origin);
  if (!fetch_site.empty()) req.set("Sec-Fetch-Site", fetch_site);
  return req;
}

}  // namespace

TEST_CASE("A web origin is a scheme and a host, lowercased, without the default port", "[server][origin]") {
  CHECK(http::web_origin("https://Storepulse.Example.com") == "https://storepulse.example.com");
  CHECK(http::web_origin("https://storepulse.example.com:443/") == "https://storepulse.example.com");
  CHECK(http::web_origin("http://127.0.0.1:8080") == "http://127.0.0.1:8080");
  CHECK(http::web_origin("http://[::1]:80") == "http://[::1]");
  for (const char* bad : {"ftp://example.com", "https://", "https://example.com/dashboard", "example.com",
                          "https://user@example.com", "https://example.com:84x3", "null", "https://[::1"}) {
    INFO(bad);
    CHECK_FALSE(http::web_origin(bad));
  }
}

TEST_CASE("State-changing requests from the dashboard's own pages pass and others do not", "[server][origin]") {
  CHECK(http::from_same_origin(post("127.0.0.1:8080", ""), ""));  // no Origin: scripts, older browsers
  CHECK(http::from_same_origin(post("127.0.0.1:8080", "http://127.0.0.1:8080"), ""));
  CHECK(http::from_same_origin(post("Storepulse.example.com", "https://storepulse.example.com", "same-origin"), ""));
  CHECK(http::from_same_origin(post("127.0.0.1:8080", "https://storepulse.example.com"), "https://storepulse.example.com"));

  CHECK_FALSE(http::from_same_origin(post("127.0.0.1:8080", "https://evil.example"), ""));
  CHECK_FALSE(http::from_same_origin(post("127.0.0.1:8080", "http://127.0.0.1:9090"), ""));
  CHECK_FALSE(http::from_same_origin(post("127.0.0.1:8080", "null"), ""));
  CHECK_FALSE(http::from_same_origin(post("127.0.0.1:8080", "", "cross-site"), ""));
  CHECK_FALSE(http::from_same_origin(post("127.0.0.1:8080", "http://127.0.0.1:8080", "Cross-Site"), ""));
  CHECK_FALSE(http::from_same_origin(post("127.0.0.1:8080", "https://storepulse.example.com:8443"),
                                     "https://storepulse.example.com"));
}
