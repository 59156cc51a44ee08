#include "server/auth/session_store.h"

#include <catch2/catch.hpp>

using namespace storepulse;
using namespace std::chrono_literals;

namespace {

http::request with_cookie(const std::string& token) {
  http::request req{http::verb::get, "/api/v1/auth/me", 11};
  req.set(http::beast_http::field::cookie, "theme=dark; sp_session=" + token + "; other=1");
  return req;
}

auth::principal manager() {
  auth::principal who;
  who.user_id = 7;
  who.username = "mia";
  who.user_role = auth::role::manager;
  who.location_ids = {3};
  return who;
}

}  // namespace

TEST_CASE("A session expires after the idle time and each use restarts that time", "[auth][session]") {
  auto now = std::chrono::steady_clock::now();
  auth::session_store store(30min, 12h, [&] { return now; });
  auto token = store.create(manager());
  now += 29min;
  REQUIRE(store.authenticate(with_cookie(token)));
  now += 29min;
  REQUIRE(store.authenticate(with_cookie(token)));
  now += 31min;
  CHECK_FALSE(store.authenticate(with_cookie(token)));
  now += 1min;
  CHECK_FALSE(store.authenticate(with_cookie(token)));  // gone for good, not just idle
}

TEST_CASE("A session ends at the absolute limit however busy it is", "[auth][session]") {
  auto now = std::chrono::steady_clock::now();
  auth::session_store store(30min, 2h, [&] { return now; });
  auto token = store.create(manager());
  for (int i = 0; i < 5; ++i) {
    now += 20min;
    REQUIRE(store.authenticate(with_cookie(token)));
  }
  now += 21min;  // 2 h 1 min after sign-in
  CHECK_FALSE(store.authenticate(with_cookie(token)));
}

TEST_CASE("A session carries its user and a CSRF token that only it knows", "[auth][session][csrf]") {
  auth::session_store store(30min, 12h);
  auto token = store.create(manager());
  auto who = store.authenticate(with_cookie(token));
  REQUIRE(who);
  CHECK(who->username == "mia");
  CHECK(who->may_see_location(3));
  CHECK_FALSE(who->may_see_location(4));
  REQUIRE(who->csrf_token.size() == 64);

  http::request post{http::verb::post, "/api/v1/auth/logout", 11};
  CHECK_FALSE(auth::session_store::check_csrf(post, *who));
  post.set("X-CSRF-Token", std::string(64, '0'));
  CHECK_FALSE(auth::session_store::check_csrf(post, *who));
  post.set("X-CSRF-Token", who->csrf_token);
  CHECK(auth::session_store::check_csrf(post, *who));

  auto other = store.authenticate(with_cookie(store.create(manager())));
  REQUIRE(other);
  CHECK(other->csrf_token != who->csrf_token);
}

TEST_CASE("Unknown and empty and destroyed session tokens are refused", "[auth][session]") {
  auth::session_store store(30min, 12h);
  CHECK_FALSE(store.authenticate(with_cookie("")));
  CHECK_FALSE(store.authenticate(with_cookie(std::string(64, 'a'))));
  http::request bare{http::verb::get, "/", 11};
  CHECK_FALSE(store.authenticate(bare));
  auto token = store.create(manager());
  store.destroy(with_cookie(token));
  CHECK_FALSE(store.authenticate(with_cookie(token)));
}

TEST_CASE("Ending a user's sessions ends all of theirs and nobody else's", "[auth][session]") {
  auth::session_store store(30min, 12h);
  auto phone = store.create(manager());
  auto laptop = store.create(manager());
  auto other = manager();
  other.user_id = 8;
  auto colleague = store.create(other);
  CHECK(store.end_user(7) == 2);
  CHECK_FALSE(store.authenticate(with_cookie(phone)));
  CHECK_FALSE(store.authenticate(with_cookie(laptop)));
  CHECK(store.authenticate(with_cookie(colleague)));
  CHECK(store.end_user(7) == 0);
  CHECK(store.size() == 1);
}

TEST_CASE("Sessions begun under an older credentials version, or of an inactive account, end", "[auth][session]") {
  auth::session_store store(30min, 12h);
  auto who = manager();
  who.credentials_version = 3;
  auto before = store.create(who);
  who.credentials_version = 4;
  auto after = store.create(who);
  auto other = manager();
  other.user_id = 8;
  auto gone = store.create(other);
  // A sign-in that read a change made after the versions below were read.
  who.credentials_version = 5;
  auto newer = store.create(who);
  // User 7 is at version 4 now; user 8 is deactivated (not among the active accounts).
  CHECK(store.end_outdated({{7, 4}}) == 2);
  CHECK_FALSE(store.authenticate(with_cookie(before)));
  CHECK(store.authenticate(with_cookie(after)));
  CHECK(store.authenticate(with_cookie(newer)));
  CHECK_FALSE(store.authenticate(with_cookie(gone)));
}

TEST_CASE("The store reads its session from the cookie it was named for", "[auth][session][cookie]") {
  auth::session_store store(30min, 12h, "__Host-sp_session");
  auto token = store.create(manager());
  http::request req{http::verb::get, "/api/v1/auth/me", 11};
  req.set(http::beast_http::field::cookie, "sp_session=" + token);
  CHECK_FALSE(store.authenticate(req));
  req.set(http::beast_http::field::cookie, "theme=dark; __Host-sp_session=" + token);
  CHECK(store.authenticate(req));
}
