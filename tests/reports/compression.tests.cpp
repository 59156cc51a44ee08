#include "tests/support/dashboard_server.h"
#include "tests/support/http_client.h"

#include <catch2/catch.hpp>

using namespace storepulse;
using storepulse::test::dashboard_server;
using storepulse::testing::http_reply;
using storepulse::testing::http_send;
using storepulse::testing::gunzip;

namespace {

std::string sign_in(const dashboard_server& server) {
  auto reply = http_send(server.port(), "POST", "/api/v1/auth/login", R"({"username":"hr","password":"hr-password-1"})",
                         {{"Content-Type", "application/json"}});
  REQUIRE(reply.status == 200);
  auto cookie = reply.headers["set-cookie"];
  return cookie.substr(0, cookie.find(';'));
}

}  // namespace

TEST_CASE("Reports, exports and the dashboard's files go gzipped to a client that takes gzip, and plain otherwise",
          "[reports][http]") {
  dashboard_server server;
  auto cookie = sign_in(server);
  for (std::string target : {"/api/v1/reports/overview?period=4w", "/api/v1/reports/overview?period=quarter",
                             "/api/v1/reports/overview?period=4w&sort=chi&order=desc&page=2&page_size=2&search=e",
                             "/api/v1/reports/export.csv?period=4w", "/api/v1/reports/alerts?period=quarter",
                             "/api/v1/reports/location/1?period=quarter&history=12", "/assets/js/app.js", "/assets/app.css", "/"}) {
    INFO(target);
    auto plain = http_send(server.port(), "GET", target, {}, {{"Cookie", cookie}});
    REQUIRE(plain.status == 200);
    CHECK(plain.headers.count("content-encoding") == 0);
    CHECK(plain.headers["vary"] == "Accept-Encoding");
    for (std::string accept : {"gzip", "gzip, deflate, br", "br;q=1.0, GZip;q=0.5", "*"}) {
      INFO(accept);
      auto zipped = http_send(server.port(), "GET", target, {}, {{"Cookie", cookie}, {"Accept-Encoding", accept}});
      REQUIRE(zipped.status == 200);
      if (plain.body.size() < 1024) {
        CHECK(zipped.headers.count("content-encoding") == 0);
        continue;
      }
      REQUIRE(zipped.headers["content-encoding"] == "gzip");
      CHECK(zipped.body.size() < plain.body.size());
      CHECK(gunzip(zipped.body) == plain.body);
    }
    for (std::string refused : {"gzip;q=0", "identity", "deflate, br", "*;q=0", "gzip;q=0.000, *"}) {
      INFO(refused);
      auto reply = http_send(server.port(), "GET", target, {}, {{"Cookie", cookie}, {"Accept-Encoding", refused}});
      REQUIRE(reply.status == 200);
      CHECK(reply.headers.count("content-encoding") == 0);
      CHECK(reply.body == plain.body);
    }
  }
}
