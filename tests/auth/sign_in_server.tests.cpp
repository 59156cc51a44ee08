// Sign-in through the real server binary on loopback: whose address the throttle counts,
// concurrent guesses, and requests from other sites.
#include "tests/support/dashboard_server.h"
#include "tests/support/http_client.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <future>
#include <latch>
#include <vector>

using storepulse::test::dashboard_server;
using storepulse::testing::http_send_from;

namespace {

std::string login_body(const std::string& username, const std::string& password) {
  return R"({"username":")" + username + R"(","password":")" + password + R"("})";
}

// Signs in from the loopback address peer, with an X-Forwarded-For when forwarded is not empty.
int sign_in_status(const dashboard_server& server, const std::string& peer, const std::string& forwarded,
                   const std::string& username, const std::string& password) {
  std::map<std::string, std::string> headers{{"Content-Type", "application/json"}};
  if (!forwarded.empty()) headers["X-Forwarded-For"] = forwarded;
  return http_send_from(peer, server.port(), "POST", "/api/v1/auth/login", login_body(username, password), headers)
      .status;
}

// Sends twenty wrong guesses (each at another unknown username, so that only the address
// counts) from peer with the X-Forwarded-For that forwarded_for(i) returns.
template <typename Forwarded>
void twenty_wrong_guesses(const dashboard_server& server, const std::string& peer, Forwarded forwarded_for) {
  for (int i = 0; i < 20; ++i)
    REQUIRE(sign_in_status(server, peer, forwarded_for(i), "nobody" + std::to_string(i), "wrong password") == 401);
}

// Sends the sign-ins at once, each on its own connection; returns their statuses.
std::vector<int> at_once(const dashboard_server& server, const std::vector<std::pair<std::string, std::string>>& guesses,
                         const std::vector<std::string>& forwarded) {
  std::latch start(static_cast<std::ptrdiff_t>(guesses.size()));
  std::vector<std::future<int>> answers;
  for (std::size_t i = 0; i < guesses.size(); ++i) {
    answers.push_back(std::async(std::launch::async, [&server, &start, &guesses, &forwarded, i] {
      start.arrive_and_wait();
      return sign_in_status(server, "127.0.0.1", forwarded[i], guesses[i].first, guesses[i].second);
    }));
  }
  std::vector<int> statuses;
  for (auto& answer : answers) statuses.push_back(answer.get());
  return statuses;
}

long count_of(const std::vector<int>& statuses, int wanted) { return std::count(statuses.begin(), statuses.end(), wanted); }

}  // namespace

TEST_CASE("Behind a trusted proxy one client's wrong passwords lock out that client only, and nobody else's "
          "X-Forwarded-For is believed",
          "[auth][server][throttle][proxy]") {
  // 127.0.0.1 is the proxy; 127.0.0.2 and 127.0.0.3 are clients that reach the server directly.
  dashboard_server server({"--trusted-proxy", "127.0.0.1"});

  SECTION("clients behind the proxy count by the address it appends") {
    twenty_wrong_guesses(server, "127.0.0.1", [](int) { return std::string("198.51.100.4"); });
    CHECK(sign_in_status(server, "127.0.0.1", "198.51.100.4", "hr", "hr-password-1") == 429);
    // Every other user of the proxy still signs in.
    CHECK(sign_in_status(server, "127.0.0.1", "198.51.100.5", "hr", "hr-password-1") == 200);
    CHECK(sign_in_status(server, "127.0.0.1", "2001:db8::1", "ops", "ops-password-1") == 200);
    // The locked client cannot pass for another by writing its own X-Forwarded-For: the proxy
    // appends the address it saw, and that one counts.
    CHECK(sign_in_status(server, "127.0.0.1", "198.51.100.5, 198.51.100.4", "ops", "ops-password-1") == 429);
  }
  SECTION("a client that is no proxy cannot escape the throttle by naming other addresses") {
    twenty_wrong_guesses(server, "127.0.0.2", [](int i) { return "198.51.100." + std::to_string(i); });
    CHECK(sign_in_status(server, "127.0.0.2", "198.51.100.99", "hr", "hr-password-1") == 429);
    CHECK(sign_in_status(server, "127.0.0.2", "", "hr", "hr-password-1") == 429);
  }
  SECTION("nor lock out a client behind the proxy by naming its address") {
    twenty_wrong_guesses(server, "127.0.0.3", [](int) { return std::string("198.51.100.7"); });
    CHECK(sign_in_status(server, "127.0.0.3", "", "hr", "hr-password-1") == 429);
    CHECK(sign_in_status(server, "127.0.0.1", "198.51.100.7", "hr", "hr-password-1") == 200);
  }
}

TEST_CASE("Forty concurrent wrong guesses get no more password checks than the throttle allows",
          "[auth][server][throttle]") {
  // Room for every guess in the sign-in queue, so that only the throttle can stop them; each
  // guess comes through the proxy from its own client.
  dashboard_server server({"--trusted-proxy", "127.0.0.1", "--sign-in-queue", "64"});
  std::vector<std::string> forwarded;
  for (int i = 0; i < 40; ++i) forwarded.push_back("192.0.2." + std::to_string(i + 1));

  SECTION("at one account: five") {
    std::vector<std::pair<std::string, std::string>> guesses;
    for (int i = 0; i < 40; ++i) guesses.emplace_back("hr", "guess-" + std::to_string(i));
    auto statuses = at_once(server, guesses, forwarded);
    CHECK(count_of(statuses, 401) <= 5);
    CHECK(count_of(statuses, 401) + count_of(statuses, 429) == 40);
    // The account is locked now, even for its own password from a fresh address.
    CHECK(sign_in_status(server, "127.0.0.1", "192.0.2.200", "hr", "hr-password-1") == 429);
  }
  SECTION("from one client: twenty") {
    std::vector<std::pair<std::string, std::string>> guesses;
    for (int i = 0; i < 40; ++i) guesses.emplace_back("nobody" + std::to_string(i), "wrong password");
    auto statuses = at_once(server, guesses, std::vector<std::string>(40, "198.51.100.4"));
    CHECK(count_of(statuses, 401) <= 20);
    CHECK(count_of(statuses, 401) + count_of(statuses, 429) == 40);
    CHECK(sign_in_status(server, "127.0.0.1", "198.51.100.4", "hr", "hr-password-1") == 429);
    CHECK(sign_in_status(server, "127.0.0.1", "198.51.100.5", "hr", "hr-password-1") == 200);
  }
}

TEST_CASE("A state-changing request from another site is refused with 403 and changes nothing",
          "[auth][server][origin]") {
  dashboard_server server({"--public-url", "https://storepulse.example.com"});
  const std::string evil = "https://evil.example";

  SECTION("signing in") {
    auto foreign = server.sign_in("hr", "hr-password-1", {{"Origin", evil}});
    CHECK(foreign.reply.status == 403);
    CHECK(foreign.reply.headers.count("set-cookie") == 0);
    CHECK(server.sign_in("hr", "hr-password-1", {{"Sec-Fetch-Site", "cross-site"}}).reply.status == 403);
    CHECK(server.sign_in("hr", "hr-password-1", {{"Origin", "null"}}).reply.status == 403);
    // The proxy forwards its own Host; the browser's Origin is the public URL.
    CHECK(server.sign_in("hr", "hr-password-1", {{"Origin", "https://storepulse.example.com"}}).reply.status == 200);
    CHECK(server.sign_in("hr", "hr-password-1", {{"Sec-Fetch-Site", "same-origin"}}).reply.status == 200);
  }
  SECTION("a signed-in change with the right CSRF token") {
    auto hr = server.sign_in("hr", "hr-password-1");
    REQUIRE(hr.reply.status == 200);
    auto manager = std::to_string(server.user_id("manager_south"));
    auto target = "/api/v1/admin/users/" + manager + "/deactivate";
    CHECK(server.post(hr, target, "{}", {{"Origin", evil}}).status == 403);
    CHECK(server.post(hr, target, "{}", {{"Sec-Fetch-Site", "cross-site"}}).status == 403);
    CHECK(server.post(hr, "/api/v1/auth/logout", "{}", {{"Origin", evil}}).status == 403);
    // Nothing changed: the manager still signs in and HR is still signed in.
    CHECK(server.sign_in("manager_south", "manager_south-password-1").reply.status == 200);
    CHECK(server.get(hr, "/api/v1/auth/me").status == 200);
    // From the dashboard's own origin the same request goes through.
    CHECK(server.post(hr, target, "{}", {{"Origin", "https://storepulse.example.com"}}).status == 200);
    CHECK(server.sign_in("manager_south", "manager_south-password-1").reply.status == 401);
  }
}
