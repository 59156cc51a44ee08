#include "server/auth/random_token.h"
#include "tests/support/eventually.h"
#include "tests/support/http_client.h"
#include "tests/support/kiosk_server_fixture.h"

#include "storepulse/v1/kiosk.pb.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <future>
#include <string>
#include <vector>

using namespace storepulse;
using testing::http_send;

namespace {

const std::map<std::string, std::string> protobuf_type = {{"Content-Type", "application/x-protobuf"}};

std::string enroll_body(const std::string& code, const std::string& nonce) {
  v1::EnrollRequest enroll;
  enroll.set_protocol_version(v1::PROTOCOL_VERSION_CURRENT);
  enroll.set_code(code);
  enroll.set_device_nonce(nonce);
  return enroll.SerializeAsString();
}

testing::http_reply enroll(const testing::kiosk_server_fixture& server, const std::string& code,
                           const std::string& nonce) {
  return http_send(server.port(), "POST", "/api/v1/kiosk/enroll", enroll_body(code, nonce), protobuf_type);
}

std::string token_of(const testing::http_reply& reply) {
  v1::EnrollResponse answer;
  if (reply.status != 200 || !answer.ParseFromString(reply.body)) return {};
  return answer.device_token();
}

std::int64_t active_kiosks(const testing::kiosk_server_fixture& server) {
  return server.query_number("SELECT count(*) FROM kiosks WHERE revoked = 0");
}

const std::string nonce(16, 'n');

}  // namespace

TEST_CASE("An enrollment retried after its answer was lost gets the same token and leaves one kiosk",
          "[server][http][enrollment]") {
  testing::kiosk_server_fixture server;
  server.start();
  const auto code = server.issue_codes(1).at(0);
  {
    // The first answer is lost: the kiosk's connection goes before it is read.
    const auto body = enroll_body(code, nonce);
    testing::raw_connection dropped(server.port());
    REQUIRE(dropped.send("POST /api/v1/kiosk/enroll HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-protobuf\r\n"
                         "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body));
  }
  REQUIRE(testing::eventually([&] { return active_kiosks(server) == 1; }, std::chrono::seconds(10)));

  auto token = token_of(enroll(server, code, nonce));
  REQUIRE_FALSE(token.empty());
  CHECK(active_kiosks(server) == 1);
  CHECK(server.query_number("SELECT count(*) FROM kiosks WHERE token_hash = ?", auth::sha256(token)) == 1);
  CHECK(token_of(enroll(server, code, nonce)) == token);
  CHECK(http_send(server.port(), "GET", "/api/v1/kiosk/config", {}, {{"Authorization", "Bearer " + token}}).status == 200);

  // The code stays used for anyone else: another nonce, or none.
  CHECK(enroll(server, code, std::string(16, 'o')).status == 401);
  CHECK(enroll(server, code, "").status == 401);
  CHECK(active_kiosks(server) == 1);
  // The token is kept only sealed, never in clear.
  CHECK(server.query_number("SELECT count(*) FROM enrollment_codes WHERE instr(sealed_token, ?) > 0", token) == 0);
}

TEST_CASE("A retried enrollment gets nothing once its window has passed or its kiosk was revoked",
          "[server][http][enrollment]") {
  testing::kiosk_server_fixture server;
  const auto code = server.issue_codes(1).at(0);
  const auto now = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();

  SECTION("the window has passed") {
    setenv("STOREPULSE_TEST_NOW", std::to_string(now).c_str(), 1);
    server.start();
    REQUIRE_FALSE(token_of(enroll(server, code, nonce)).empty());
    REQUIRE(server.stop() == 0);
    setenv("STOREPULSE_TEST_NOW", std::to_string(now + 601).c_str(), 1);
    server.start();
    unsetenv("STOREPULSE_TEST_NOW");
    CHECK(enroll(server, code, nonce).status == 401);
    // The seal is dropped with the window.
    CHECK(server.query_number("SELECT count(*) FROM enrollment_codes WHERE sealed_token IS NOT NULL") == 0);
    CHECK(active_kiosks(server) == 1);
  }
  SECTION("the kiosk was revoked") {
    server.start();
    REQUIRE_FALSE(token_of(enroll(server, code, nonce)).empty());
    server.admin({"revoke-kiosk", "--id", "1"});
    CHECK(enroll(server, code, nonce).status == 401);
    CHECK(active_kiosks(server) == 0);
  }
  CHECK(server.query_number("SELECT count(*) FROM kiosks") == 1);
}

TEST_CASE("Wrong enrollment codes are throttled per address, concurrent guesses included",
          "[server][http][enrollment]") {
  testing::kiosk_server_fixture server;
  server.start();
  const auto code = server.issue_codes(1).at(0);
  std::vector<std::future<testing::http_reply>> guesses;
  for (int i = 0; i < 40; ++i) {
    guesses.push_back(std::async(std::launch::async, [&server, i] {
      return enroll(server, "WRONG-CODE-" + std::to_string(i), nonce);
    }));
  }
  int refused = 0, throttled = 0;
  for (auto& guess : guesses) {
    auto reply = guess.get();
    refused += reply.status == 401 ? 1 : 0;
    if (reply.status == 429) {
      ++throttled;
      CHECK(std::stoi(reply.headers["retry-after"]) >= 1);
    }
  }
  CHECK(refused <= 10);
  CHECK(refused + throttled == 40);
  // The address is locked now, for the right code too.
  auto locked = enroll(server, code, nonce);
  CHECK(locked.status == 429);
  CHECK(std::stoi(locked.headers["retry-after"]) > 30);
  CHECK(locked.body.find("throttled") != std::string::npos);
  CHECK(active_kiosks(server) == 0);
}

TEST_CASE("Behind a trusted proxy wrong enrollment codes lock out only the client that sent them, and "
          "nobody else's X-Forwarded-For is believed",
          "[server][http][enrollment][proxy]") {
  testing::kiosk_server_fixture server;
  // 127.0.0.1 is the proxy; 127.0.0.2 reaches the server directly.
  server.start({"--trusted-proxy", "10.9.9.9,127.0.0.1"});
  const auto code = server.issue_codes(1).at(0);
  auto from = [&](const std::string& peer, const std::string& client, const std::string& enrollment_code) {
    auto headers = protobuf_type;
    headers["X-Forwarded-For"] = client;
    return testing::http_send_from(peer, server.port(), "POST", "/api/v1/kiosk/enroll",
                                   enroll_body(enrollment_code, nonce), headers);
  };
  SECTION("through the proxy") {
    for (int i = 0; i < 10; ++i)
      REQUIRE(from("127.0.0.1", "198.51.100.4", "WRONG-CODE-" + std::to_string(i)).status == 401);
    CHECK(from("127.0.0.1", "198.51.100.4", code).status == 429);
    // The proxy's other clients are not locked out.
    CHECK_FALSE(token_of(from("127.0.0.1", "198.51.100.5", code)).empty());
  }
  SECTION("from a client that names other addresses") {
    for (int i = 0; i < 10; ++i)
      REQUIRE(from("127.0.0.2", "198.51.100." + std::to_string(i), "WRONG-CODE-" + std::to_string(i)).status == 401);
    CHECK(from("127.0.0.2", "198.51.100.99", code).status == 429);
    // Nor did it lock out the proxy's clients whose addresses it named.
    CHECK_FALSE(token_of(from("127.0.0.1", "198.51.100.4", code)).empty());
  }
}
