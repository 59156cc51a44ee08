#include "tests/support/child_process.h"
#include "tests/support/dashboard_server.h"
#include "tests/support/http_client.h"
#include "tests/support/scratch_folder.h"

#include <catch2/catch.hpp>

using storepulse::test::dashboard_server;
using storepulse::testing::http_send;

TEST_CASE("Behind a TLS-terminating proxy --public-url https://... brings HSTS and a Secure __Host- cookie",
          "[auth][server][cookie]") {
  dashboard_server server({"--public-url", "https://Storepulse.example.com/", "--trusted-proxy", "127.0.0.1"});
  auto page = http_send(server.port(), "GET", "/");
  REQUIRE(page.status == 200);
  CHECK(page.headers["strict-transport-security"] == "max-age=31536000");

  auto res = http_send(server.port(), "POST", "/api/v1/auth/login",
                       R"({"username":"hr","password":"hr-password-1"})",
                       {{"Content-Type", "application/json"}, {"Origin", "https://storepulse.example.com"},
                        {"X-Forwarded-For", "198.51.100.4"}});
  REQUIRE(res.status == 200);
  CHECK(res.headers["strict-transport-security"] == "max-age=31536000");
  const auto& cookie = res.headers["set-cookie"];
  CHECK(cookie.rfind("__Host-sp_session=", 0) == 0);
  CHECK(cookie.find("; Secure") != std::string::npos);
  CHECK(cookie.find("; Path=/;") != std::string::npos);
  CHECK(cookie.find("Domain") == std::string::npos);
  auto me = http_send(server.port(), "GET", "/api/v1/auth/me", {}, {{"Cookie", cookie.substr(0, cookie.find(';'))}});
  CHECK(me.status == 200);
  CHECK(me.headers["strict-transport-security"] == "max-age=31536000");
  CHECK(http_send(server.port(), "GET", "/no/such/page").headers["strict-transport-security"] == "max-age=31536000");
  // A cookie without the prefix could have been planted over plain HTTP: it is not read.
  auto token = cookie.substr(cookie.find('=') + 1, cookie.find(';') - cookie.find('=') - 1);
  CHECK(http_send(server.port(), "GET", "/api/v1/auth/me", {}, {{"Cookie", "sp_session=" + token}}).status == 401);
  // Signing out removes the prefixed cookie.
  auto hr = server.sign_in("hr", "hr-password-1");
  auto out = server.post(hr, "/api/v1/auth/logout");
  CHECK(out.status == 204);
  CHECK(out.headers["set-cookie"].rfind("__Host-sp_session=;", 0) == 0);
  CHECK(out.headers["set-cookie"].find("Max-Age=0") != std::string::npos);
}

TEST_CASE("Over plain HTTP without a public URL the cookie is not Secure and there is no HSTS",
          "[auth][server][cookie]") {
  dashboard_server server;
  auto hr = server.sign_in("hr", "hr-password-1");
  REQUIRE(hr.reply.status == 200);
  CHECK(hr.reply.headers["set-cookie"].rfind("sp_session=", 0) == 0);
  CHECK(hr.reply.headers["set-cookie"].find("Secure") == std::string::npos);
  CHECK(hr.reply.headers.count("strict-transport-security") == 0);
}

TEST_CASE("The server refuses a public URL or a trusted proxy it cannot use", "[auth][server][cookie]") {
  storepulse::testing::scratch_folder folder("storepulse-options");
  auto start = [&](const std::string& flag, const std::string& value, std::string& output) {
    return storepulse::testing::run_program(
        {STOREPULSE_SERVER_BIN, "--db", folder.file("s.db"), "--port", "0", flag, value}, output);
  };
  std::string output;
  CHECK(start("--public-url", "https://storepulse.example.com/dashboard", output) == 2);
  CHECK(output.find("--public-url") != std::string::npos);
  CHECK(start("--public-url", "ftp://storepulse.example.com", output) == 2);
  CHECK(start("--trusted-proxy", "10.0.0.0/40", output) == 2);
  CHECK(output.find("10.0.0.0/40") != std::string::npos);
}
