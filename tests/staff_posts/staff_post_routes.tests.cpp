// Success stories, HR's messages and shared plans: the dashboard routes through the real server
// binary (role, scope, CSRF, field errors, history) and the kiosk configuration that carries them.
#include "calendar/calendar.h"
#include "storepulse/v1/kiosk.pb.h"
#include "storepulse/v1/plans.pb.h"
#include "storepulse/v1/staff_posts.pb.h"
#include "tests/support/api_requests.h"
#include "tests/support/auth_fixture.h"
#include "tests/support/dashboard_server.h"
#include "tests/support/http_client.h"

#include <catch2/catch.hpp>

#include <google/protobuf/util/json_util.h>

using namespace storepulse;
using storepulse::test::dashboard_server;
using storepulse::testing::http_reply;
using storepulse::testing::http_send;

namespace {

using caller = test::api_session;

http_reply get(const dashboard_server& server, const caller& who, const std::string& target) {
  return test::api_get(server, who, target);
}

http_reply send(const dashboard_server& server, const caller& who, const std::string& target, const std::string& body,
                bool with_csrf = true) {
  return test::api_send(server, who, "POST", target, body, with_csrf);
}

using test::parse_json;

std::string json(const google::protobuf::Message& message) { return test::to_json(message); }

v1::StaffPostDraft story_for(std::int64_t location_id, const std::string& text = "Ana drove a forgotten cake to a wedding.") {
  v1::StaffPostDraft draft;
  draft.set_kind(v1::STAFF_POST_KIND_STORY);
  draft.set_location_id(location_id);
  auto& en = *draft.add_texts();
  en.set_language("en");
  en.set_text(text);
  return draft;
}

// Posts and returns the post; fails the test unless the server answers 201.
v1::StaffPost post_ok(const dashboard_server& server, const caller& who, const v1::StaffPostDraft& draft) {
  auto reply = send(server, who, "/api/v1/staff-posts", json(draft));
  INFO(reply.body);
  REQUIRE(reply.status == 201);
  return parse_json<v1::StaffPost>(reply.body);
}

// Returns the configuration the kiosk of N01 downloads, and its ETag.
std::pair<v1::KioskConfig, std::string> kiosk_config(const dashboard_server& server) {
  auto reply = http_send(server.port(), "GET", "/api/v1/kiosk/config", {},
                         {{"Authorization", std::string("Bearer ") + dashboard_server::kiosk_token}});
  REQUIRE(reply.status == 200);
  v1::KioskConfig config;
  REQUIRE(config.ParseFromString(reply.body));
  return {config, reply.headers["etag"]};
}

std::vector<std::string> news_texts(const v1::KioskConfig& config, v1::StaffNewsKind kind) {
  std::vector<std::string> out;
  for (const auto& item : config.staff_news()) {
    if (item.kind() == kind && item.text_size() > 0) out.push_back(item.text(0).text());
  }
  return out;
}

}  // namespace

TEST_CASE("Managers post stories for their own stores only, and HR for any store or every store", "[staff_posts][routes]") {
  dashboard_server server;
  const auto hr = test::api_sign_in(server, "hr");
  const auto north = test::api_sign_in(server, "manager_north");
  const auto south = test::api_sign_in(server, "manager_south");
  const auto ops = test::api_sign_in(server, "ops");
  const auto n01 = server.location_id("N01");
  const auto s01 = server.location_id("S01");

  const auto story = post_ok(server, north, story_for(n01));
  CHECK(story.location_id() == n01);
  CHECK(story.posted_by() == "manager_north");
  REQUIRE(story.history_size() == 1);
  CHECK(story.history(0).user() == "manager_north");
  CHECK(story.history(0).what().find("story") != std::string::npos);

  SECTION("another store, every store, a message, or an operator: refused") {
    CHECK(send(server, north, "/api/v1/staff-posts", json(story_for(s01))).status == 403);
    CHECK(send(server, north, "/api/v1/staff-posts", json(story_for(0))).status == 403);
    auto message = story_for(0, "Thank you all.");
    message.set_kind(v1::STAFF_POST_KIND_MESSAGE);
    CHECK(send(server, north, "/api/v1/staff-posts", json(message)).status == 403);
    CHECK(send(server, ops, "/api/v1/staff-posts", json(story_for(n01))).status == 403);
    CHECK(post_ok(server, hr, message).kind() == v1::STAFF_POST_KIND_MESSAGE);
    CHECK(post_ok(server, hr, story_for(0, "Every store: thank you")).location_id() == 0);
    CHECK(post_ok(server, hr, story_for(s01)).location_id() == s01);
  }
  SECTION("reading or withdrawing another store's story by id answers 404 (IDOR)") {
    const std::string path = "/api/v1/staff-posts/" + std::to_string(story.id());
    CHECK(get(server, south, path).status == 404);
    CHECK(send(server, south, path + "/withdraw", "{}").status == 404);
    CHECK(get(server, ops, path).status == 403);
    CHECK(get(server, hr, path).status == 200);
    auto list = parse_json<v1::StaffPostList>(get(server, south, "/api/v1/staff-posts").body);
    for (const auto& post : list.posts()) CHECK(post.id() != story.id());
    CHECK(get(server, south, "/api/v1/staff-posts?location=" + std::to_string(n01)).status == 403);
    // Still shown: nothing was withdrawn by the refused calls.
    CHECK(parse_json<v1::StaffPost>(get(server, north, path).body).withdrawn_on().empty());
  }
  SECTION("a manager sees HR's posts for every store but may not withdraw them") {
    auto everyone = post_ok(server, hr, story_for(0, "Every store: thank you"));
    const std::string path = "/api/v1/staff-posts/" + std::to_string(everyone.id());
    CHECK(get(server, south, path).status == 200);
    CHECK(send(server, south, path + "/withdraw", "{}").status == 403);
    auto list = parse_json<v1::StaffPostList>(get(server, north, "/api/v1/staff-posts").body);
    CHECK(list.posts_size() == 2);
    CHECK(list.stores_size() == 2);  // N01 and N02: where manager_north may post
    CHECK(list.languages_size() == 3);
  }
  SECTION("withdrawing needs the CSRF token, is recorded, and happens once") {
    const std::string path = "/api/v1/staff-posts/" + std::to_string(story.id()) + "/withdraw";
    CHECK(send(server, north, path, "{}", false).status == 403);
    auto reply = send(server, north, path, "{}");
    REQUIRE(reply.status == 200);
    auto withdrawn = parse_json<v1::StaffPost>(reply.body);
    CHECK(withdrawn.withdrawn_on() == calendar::format_date(calendar::today_utc()));
    REQUIRE(withdrawn.history_size() == 2);
    CHECK(withdrawn.history(1).what() == "withdrew it from the kiosks");
    CHECK(send(server, north, path, "{}").status == 409);
    CHECK(parse_json<v1::StaffPostList>(get(server, north, "/api/v1/staff-posts").body).posts_size() == 0);
    CHECK(parse_json<v1::StaffPostList>(get(server, north, "/api/v1/staff-posts?withdrawn=1").body).posts_size() == 1);
  }
}

TEST_CASE("Posting without the CSRF token or with bad fields is refused with the field named", "[staff_posts][routes]") {
  dashboard_server server;
  const auto north = test::api_sign_in(server, "manager_north");
  const auto n01 = server.location_id("N01");
  CHECK(send(server, north, "/api/v1/staff-posts", json(story_for(n01)), false).status == 403);
  CHECK(send(server, caller{}, "/api/v1/staff-posts", json(story_for(n01))).status == 401);

  const auto refused = [&](const v1::StaffPostDraft& draft, int status, const std::string& field) {
    auto reply = send(server, north, "/api/v1/staff-posts", json(draft));
    INFO(reply.body);
    CHECK(reply.status == status);
    CHECK(reply.body.find(field) != std::string::npos);
  };
  refused(story_for(n01, std::string(201, 'x')), 422, "texts[0].text");
  refused(story_for(n01, "Two\nlines"), 422, "texts[0].text");
  refused(story_for(n01, "   "), 422, "texts[0].text");
  auto no_texts = story_for(n01);
  no_texts.clear_texts();
  refused(no_texts, 422, "texts");
  auto no_kind = story_for(n01);
  no_kind.set_kind(v1::STAFF_POST_KIND_UNSPECIFIED);
  refused(no_kind, 422, "kind");
  auto twice = story_for(n01);
  *twice.add_texts() = twice.texts(0);
  refused(twice, 422, "texts[1].language");
  auto klingon = story_for(n01);
  klingon.mutable_texts(0)->set_language("tlh");
  refused(klingon, 422, "texts[0].language");
  auto reply = send(server, north, "/api/v1/staff-posts", R"({"kind":"STAFF_POST_KIND_STORY","colour":"red"})");
  CHECK(reply.status == 400);
  CHECK(reply.body.find("colour") != std::string::npos);
  // 200 characters of letters outside ASCII are 200 characters, not bytes.
  std::string accents;
  for (int i = 0; i < 200; ++i) accents += "\u00e9";
  CHECK(send(server, north, "/api/v1/staff-posts", json(story_for(n01, accents))).status == 201);
}

TEST_CASE("The kiosk configuration carries the store's shared plans, HR's messages and stories, and its ETag changes",
          "[staff_posts][kiosk_config]") {
  dashboard_server server;
  const auto hr = test::api_sign_in(server, "hr");
  const auto north = test::api_sign_in(server, "manager_north");
  const auto [before, before_etag] = kiosk_config(server);
  CHECK(before.staff_news_size() == 0);

  const auto day = [](int offset) { return calendar::format_date(calendar::today_utc() + offset); };
  // N01's shared plan in progress, a shared plan of S01 and an unshared one of N01: only the first.
  server.admin({"add-plan", "--db", server.db_path(), "--as", "manager_north", "--location", "N01", "--owner",
                "manager_north", "--addresses", "knows-limit", "--title", "Limit at every till", "--start", day(-10),
                "--due", day(20), "--status", "in_progress", "--share", "--staff-text", "en=The limit is on every till.",
                "--staff-text", "es=El l\u00edmite est\u00e1 en cada caja.", "--staff-text", "fr=Le plafond est \u00e0 chaque caisse."});
  server.admin({"add-plan", "--db", server.db_path(), "--as", "manager_south", "--location", "S01", "--owner",
                "manager_south", "--addresses", "values", "--title", "South plan", "--start", day(-10), "--due", day(20),
                "--status", "in_progress", "--share", "--staff-text", "en=South only.", "--staff-text", "es=Sur.",
                "--staff-text", "fr=Sud."});
  server.admin({"add-plan", "--db", server.db_path(), "--as", "manager_north", "--location", "N01", "--owner",
                "manager_north", "--addresses", "values", "--title", "Not shared", "--start", day(-10), "--due", day(20),
                "--status", "in_progress"});
  const auto [with_plan, plan_etag] = kiosk_config(server);
  CHECK(plan_etag != before_etag);
  REQUIRE(news_texts(with_plan, v1::STAFF_NEWS_KIND_PLAN) == std::vector<std::string>{"The limit is on every till."});
  CHECK(with_plan.staff_news(0).status() == v1::STAFF_NEWS_STATUS_IN_PROGRESS);
  CHECK(with_plan.staff_news(0).text_size() == 3);

  auto message = story_for(0, "Thank you all for a great season.");
  message.set_kind(v1::STAFF_POST_KIND_MESSAGE);
  post_ok(server, hr, message);
  const auto story = post_ok(server, north, story_for(server.location_id("N01")));
  post_ok(server, hr, story_for(server.location_id("S01"), "A South story."));
  const auto [with_posts, posts_etag] = kiosk_config(server);
  CHECK(posts_etag != plan_etag);
  CHECK(news_texts(with_posts, v1::STAFF_NEWS_KIND_MESSAGE) == std::vector<std::string>{"Thank you all for a great season."});
  CHECK(news_texts(with_posts, v1::STAFF_NEWS_KIND_STORY) ==
        std::vector<std::string>{"Ana drove a forgotten cake to a wedding."});

  // Withdrawn: gone from the kiosk, and the ETag says so.
  REQUIRE(send(server, north, "/api/v1/staff-posts/" + std::to_string(story.id()) + "/withdraw", "{}").status == 200);
  const auto [after, after_etag] = kiosk_config(server);
  CHECK(after_etag != posts_etag);
  CHECK(news_texts(after, v1::STAFF_NEWS_KIND_STORY).empty());
}
