#include "tests/support/batch_builder.h"
#include "tests/support/enrolled_server.h"
#include "tests/support/http_client.h"

#include <catch2/catch.hpp>

#include <signal.h>

#include <cctype>
#include <chrono>
#include <cstdio>
#include <memory>
#include <thread>
#include <vector>

using namespace storepulse;
using testing::enrolled_server;
using testing::raw_connection;

namespace {

using clock_type = std::chrono::steady_clock;

// Returns how many status lines ("HTTP/1.x NNN ") the text holds.
int answers_in(const std::string& text) {
  int count = 0;
  for (auto at = text.find("HTTP/1."); at != std::string::npos; at = text.find("HTTP/1.", at + 1)) {
    if (at + 13 <= text.size() && text[at + 8] == ' ' && std::isdigit(static_cast<unsigned char>(text[at + 9])) &&
        text[at + 12] == ' ')
      ++count;
  }
  return count;
}

double seconds_since(clock_type::time_point start) {
  return std::chrono::duration<double>(clock_type::now() - start).count();
}

}  // namespace

TEST_CASE("A request whose transfer coding does not end in chunked gets 400 and its body never runs",
          "[server][http][conformance]") {
  enrolled_server s({"--idle-timeout", "5"});
  // The body is a whole upload: should it run as a request of its own, it would be stored.
  const auto smuggled = s.upload_request(testing::valid_batch(1, 1).SerializeAsString());
  std::string framing;
  std::string version = "HTTP/1.1";
  SECTION("gzip") { framing = "Transfer-Encoding: gzip\r\n"; }
  SECTION("identity") { framing = "Transfer-Encoding: identity\r\n"; }
  SECTION("xchunked") { framing = "Transfer-Encoding: xchunked\r\n"; }
  SECTION("chunked, then another coding") { framing = "Transfer-Encoding: chunked, identity\r\n"; }
  SECTION("chunked twice") { framing = "Transfer-Encoding: chunked, chunked\r\n"; }
  SECTION("a coding and Content-Length") {
    framing = "Transfer-Encoding: gzip\r\nContent-Length: " + std::to_string(smuggled.size()) + "\r\n";
  }
  SECTION("chunked and Content-Length") { framing = "Transfer-Encoding: chunked\r\nContent-Length: 0\r\n"; }
  SECTION("HTTP/1.0 with chunked") {
    framing = "Transfer-Encoding: chunked\r\n";
    version = "HTTP/1.0";
  }

  raw_connection connection(s.server.port());
  REQUIRE(connection.send("POST /api/v1/kiosk/submissions " + version + "\r\nHost: x\r\nAuthorization: Bearer " +
                          s.token + "\r\nContent-Type: application/x-protobuf\r\n" + framing + "\r\n" + smuggled));
  bool closed = false;
  auto text = connection.read_until_closed(4, closed);
  INFO(text);
  CHECK(text.rfind(version + " 400", 0) == 0);
  CHECK(text.find("\"error\"") != std::string::npos);
  CHECK(answers_in(text) <= 1);
  CHECK(closed);
  CHECK(s.stored() == 0);
}

TEST_CASE("A chunked upload is still read whole", "[server][http][conformance]") {
  enrolled_server s;
  auto body = testing::valid_batch(1, 2).SerializeAsString();
  raw_connection connection(s.server.port());
  char size[16];
  std::snprintf(size, sizeof size, "%zx", body.size());
  REQUIRE(connection.send("POST /api/v1/kiosk/submissions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + s.token +
                          "\r\nContent-Type: application/x-protobuf\r\nTransfer-Encoding: chunked\r\n\r\n" + size +
                          "\r\n" + body + "\r\n0\r\n\r\n"));
  CHECK(connection.read_answer(10).rfind("HTTP/1.1 200", 0) == 0);
  CHECK(s.stored() == 2);
}

TEST_CASE("A header that trickles in is cut at the read timeout from its first byte, not the idle timeout",
          "[server][http][timeouts]") {
  enrolled_server s({"--read-timeout", "1", "--idle-timeout", "20"});
  raw_connection slow(s.server.port());
  const auto start = clock_type::now();
  REQUIRE(slow.send("GET /healthz HTTP/1.1\r\n"));
  double cut_after = -1;
  while (seconds_since(start) < 15) {
    // A header line every 200 ms: never idle, never finished.
    if (!slow.send("X-Slow: y\r\n") || slow.seconds_until_closed(0.2) >= 0) {
      cut_after = seconds_since(start);
      break;
    }
  }
  CHECK(cut_after >= 0.8);
  CHECK(cut_after < 4);
}

TEST_CASE("Every connection past the cap reads a whole 503 with Retry-After", "[server][http][limits]") {
  enrolled_server s({"--max-connections", "2", "--idle-timeout", "30"});
  const int port = s.server.port();
  const std::string ping = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
  // The fixture's own connections may take a moment to close: until then the cap refuses ours.
  std::vector<std::unique_ptr<raw_connection>> held;
  for (int attempt = 0; held.size() < 2 && attempt < 50; ++attempt) {
    auto connection = std::make_unique<raw_connection>(port);
    if (connection->send(ping) && connection->read_answer(5).rfind("HTTP/1.1 200", 0) == 0) {
      held.push_back(std::move(connection));
    } else {
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  }
  REQUIRE(held.size() == 2);
  // Each writes a request whose body follows its header a moment later, then reads, as an HTTP
  // client does: a reset would fail its writes (a broken pipe) before it ever reads the answer.
  const auto upload = s.upload_request(std::string(32 * 1024, 'x'));
  const auto header_end = upload.find("\r\n\r\n") + 4;
  int answered = 0;
  for (int i = 0; i < 20; ++i) {
    raw_connection refused(port);
    bool sent = refused.send(upload.substr(0, header_end));
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    sent = sent && refused.send(upload.substr(header_end, 1024));
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    sent = sent && refused.send(upload.substr(header_end + 1024));
    auto answer = sent ? refused.read_answer(5) : std::string();
    bool whole = answer.rfind("HTTP/1.1 503", 0) == 0 && answer.find("Retry-After: 1") != std::string::npos &&
                 answer.find("too_many_connections") != std::string::npos;
    answered += whole ? 1 : 0;
  }
  CHECK(answered == 20);
  // The connections within the cap still work.
  for (auto& connection : held) {
    REQUIRE(connection->send(ping));
    CHECK(connection->read_answer(5).rfind("HTTP/1.1 200", 0) == 0);
  }
}

TEST_CASE("After SIGTERM, a request that has begun or begins on an open connection is answered",
          "[server][http][shutdown]") {
  // The default grace: 2 s.
  enrolled_server s;
  const int port = s.server.port();
  const std::string ping = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
  raw_connection idle(port);
  REQUIRE(idle.send(ping));
  REQUIRE(idle.read_answer(5).rfind("HTTP/1.1 200", 0) == 0);
  const auto request = s.upload_request(testing::valid_batch(1, 2).SerializeAsString());
  const auto split = request.size() - 10;
  raw_connection partial(port);
  REQUIRE(partial.send(request.substr(0, split)));
  std::this_thread::sleep_for(std::chrono::milliseconds(200));

  s.server.signal(SIGTERM);
  std::this_thread::sleep_for(std::chrono::milliseconds(300));

  // A new request on a keep-alive connection that was idle.
  REQUIRE(idle.send(ping));
  auto refused = idle.read_answer(5);
  CHECK(refused.rfind("HTTP/1.1 503", 0) == 0);
  CHECK(refused.find("Retry-After:") != std::string::npos);
  CHECK(idle.seconds_until_closed(5) >= 0);

  std::string answer;
  SECTION("the rest of the body arrives after the signal") {
    REQUIRE(partial.send(request.substr(split)));
    answer = partial.read_answer(5);
  }
  SECTION("the rest of the body never comes") {
    const auto start = clock_type::now();
    answer = partial.read_answer(6);
    CHECK(seconds_since(start) < 4);
  }
  INFO(answer);
  const bool committed = answer.rfind("HTTP/1.1 200", 0) == 0;
  const bool refused_later = answer.rfind("HTTP/1.1 503", 0) == 0 && answer.find("Retry-After:") != std::string::npos;
  CHECK((committed || refused_later));
  CHECK(s.server.wait() == 0);
  CHECK(s.stored() == (committed ? 2 : 0));
}
