#include "calendar/calendar.h"
#include "server/storage/database.h"
#include "storepulse/v1/reports.pb.h"
#include "tests/support/batch_builder.h"
#include "tests/support/dashboard_server.h"
#include "tests/support/http_client.h"

#include <catch2/catch.hpp>

#include <google/protobuf/util/json_util.h>

#include <cstdio>
#include <cstdlib>
#include <set>

using namespace storepulse;
using storepulse::test::dashboard_server;
using storepulse::testing::http_reply;
using storepulse::testing::http_send;

namespace {

// Signs in through the real login route; returns the Cookie header value.
std::string sign_in(const dashboard_server& server, const std::string& user) {
  auto reply = http_send(server.port(), "POST", "/api/v1/auth/login",
                         R"({"username":")" + user + R"(","password":")" + user + R"(-password-1"})",
                         {{"Content-Type", "application/json"}});
  REQUIRE(reply.status == 200);
  auto cookie = reply.headers["set-cookie"];
  REQUIRE(cookie.rfind("sp_session=", 0) == 0);
  return cookie.substr(0, cookie.find(';'));
}

http_reply get(const dashboard_server& server, const std::string& cookie, const std::string& target,
               const std::string& accept = "application/json") {
  std::map<std::string, std::string> headers{{"Accept", accept}};
  if (!cookie.empty()) headers["Cookie"] = cookie;
  return http_send(server.port(), "GET", target, {}, headers);
}

template <typename Message>
Message parse_json(const std::string& body) {
  Message message;
  REQUIRE(google::protobuf::util::JsonStringToMessage(body, &message).ok());
  return message;
}

std::set<std::string> store_codes(const v1::OverviewReport& overview) {
  std::set<std::string> codes;
  for (const auto& store : overview.stores()) codes.insert(store.code());
  return codes;
}

}  // namespace

TEST_CASE("Report routes refuse callers without a session and operators", "[reports][http][auth]") {
  dashboard_server server;
  auto n01 = std::to_string(server.location_id("N01"));
  const std::vector<std::string> targets{"/api/v1/reports/overview", "/api/v1/reports/alerts",
                                         "/api/v1/reports/export.csv", "/api/v1/reports/location/" + n01};
  for (const auto& target : targets) {
    CAPTURE(target);
    CHECK(get(server, "", target).status == 401);
  }
  auto ops = sign_in(server, "ops");
  CHECK(get(server, ops, "/api/v1/reports/overview").status == 403);
  CHECK(get(server, ops, "/api/v1/reports/location/" + n01).status == 403);
  CHECK(get(server, ops, "/api/v1/reports/export.csv").status == 403);
}

TEST_CASE("A manager sees only their stores and gets 403 for another store's id", "[reports][http][auth]") {
  dashboard_server server;
  auto manager = sign_in(server, "manager_north");

  auto overview_reply = get(server, manager, "/api/v1/reports/overview?period=4w");
  REQUIRE(overview_reply.status == 200);
  auto overview = parse_json<v1::OverviewReport>(overview_reply.body);
  CHECK(store_codes(overview) == std::set<std::string>{"N01", "N02"});
  REQUIRE(overview.regions_size() == 1);
  CHECK(overview.regions(0).name() == "North");
  CHECK(overview.region_names_size() == 1);

  CHECK(get(server, manager, "/api/v1/reports/location/" + std::to_string(server.location_id("S01"))).status == 403);
  CHECK(get(server, manager, "/api/v1/reports/location/" + std::to_string(server.location_id("E01"))).status == 403);
  auto own = get(server, manager, "/api/v1/reports/location/" + std::to_string(server.location_id("N01")) + "?period=4w");
  REQUIRE(own.status == 200);
  auto report = parse_json<v1::LocationReport>(own.body);
  CHECK(report.location().code() == "N01");
  CHECK(report.chi().status() == v1::CELL_STATUS_PUBLISHED);

  // Another region's filter shows nothing of it: no store, and only the manager's own region row.
  auto south = parse_json<v1::OverviewReport>(get(server, manager, "/api/v1/reports/overview?region=South").body);
  CHECK(south.stores_size() == 0);
  CHECK(south.page().stores_matching() == 0);
  REQUIRE(south.regions_size() == 1);
  CHECK(south.regions(0).name() == "North");

  auto alerts = parse_json<v1::AlertsReport>(get(server, manager, "/api/v1/reports/alerts?period=4w").body);
  for (const auto& alert : alerts.alerts()) CHECK((alert.location_code() == "N01" || alert.location_code() == "N02"));

  auto csv = get(server, manager, "/api/v1/reports/export.csv?period=4w");
  REQUIRE(csv.status == 200);
  CHECK(csv.body.find(",S01,") == std::string::npos);
  CHECK(csv.body.find(",N01,") != std::string::npos);
}

TEST_CASE("HR sees every store, small stores suppressed, in JSON, Protobuf and CSV", "[reports][http]") {
  dashboard_server server;
  auto hr = sign_in(server, "hr");

  auto json_reply = get(server, hr, "/api/v1/reports/overview?period=4w");
  REQUIRE(json_reply.status == 200);
  CHECK(json_reply.headers["content-type"] == "application/json");
  auto overview = parse_json<v1::OverviewReport>(json_reply.body);
  CHECK(store_codes(overview) == std::set<std::string>{"N01", "N02", "N03", "S01", "S02", "E01"});
  CHECK(overview.min_group_size() == 5);
  for (const auto& store : overview.stores()) {
    CAPTURE(store.code());
    if (store.code() == "N03") {
      // One session every three weeks: nothing about it is published, not even its count.
      CHECK(store.chi().status() == v1::CELL_STATUS_SUPPRESSED);
      CHECK_FALSE(store.participation().has_sessions());
    } else {
      CHECK(store.chi().status() == v1::CELL_STATUS_PUBLISHED);
    }
    if (store.participation().has_sessions()) CHECK(store.participation().sessions() >= 5);
  }
  // The page leaves the organisation's and regions' question breakdowns to the CSV export.
  CHECK(overview.organisation().questions().empty());
  for (const auto& region : overview.regions()) CHECK(region.questions().empty());

  auto binary = get(server, hr, "/api/v1/reports/overview?period=4w", "application/x-protobuf");
  REQUIRE(binary.status == 200);
  CHECK(binary.headers["content-type"] == "application/x-protobuf");
  v1::OverviewReport decoded;
  REQUIRE(decoded.ParseFromString(binary.body));
  CHECK(decoded.stores_size() == 6);

  auto csv = get(server, hr, "/api/v1/reports/export.csv?period=4w");
  REQUIRE(csv.status == 200);
  CHECK(csv.headers["content-type"] == "text/csv; charset=utf-8");
  CHECK(csv.body.rfind("scope_kind,scope,location_code,", 0) == 0);
  auto n03_chi = csv.body.find("location,Riverside Kiosk,N03,North,");
  REQUIRE(n03_chi != std::string::npos);
  auto line = csv.body.substr(n03_chi, csv.body.find('\n', n03_chi) - n03_chi);
  CHECK(line.find(",chi,,,suppressed,,,,") != std::string::npos);

  CHECK(get(server, hr, "/api/v1/reports/location/999999").status == 404);
  CHECK(get(server, hr, "/api/v1/reports/location/abc").status == 404);
  CHECK(get(server, hr, "/api/v1/reports/overview?period=fortnight").status == 400);
  CHECK(get(server, hr, "/api/v1/reports/overview?at=2026-W99").status == 400);
}

TEST_CASE("Reloading after an upload shows the very same reports: the week in progress and late answers wait",
          "[reports][http][anonymity]") {
  dashboard_server server;
  std::vector<std::string> targets;
  auto n01 = std::to_string(server.location_id("N01"));
  for (const char* period : {"week", "4w", "month", "quarter"}) {
    std::string p = std::string("?period=") + period;
    targets.push_back("/api/v1/reports/overview" + p);
    targets.push_back("/api/v1/reports/alerts" + p);
    targets.push_back("/api/v1/reports/export.csv" + p);
    targets.push_back("/api/v1/reports/location/" + n01 + p + "&history=8");
  }
  auto take = [&](const std::string& cookie) {
    std::vector<std::string> bodies;
    for (const auto& target : targets) {
      auto reply = get(server, cookie, target);
      REQUIRE(reply.status == 200);
      bodies.push_back(reply.body);
    }
    return bodies;
  };
  const std::vector<std::string> callers{sign_in(server, "hr"), sign_in(server, "manager_north")};
  std::vector<std::vector<std::string>> before;
  for (const auto& cookie : callers) before.push_back(take(cookie));
  auto week_of_n01 = [&] {
    storage::database db(server.db_path());
    return storage::query_int(db, "SELECT SUM(sessions) FROM rollup_sessions WHERE location_id = " + n01).value_or(0);
  };
  auto stored_before = week_of_n01();

  // A colleague answers now, and a kiosk that was offline sends a session of two weeks ago.
  v1::SubmissionBatch batch;
  batch.set_protocol_version(v1::PROTOCOL_VERSION_CURRENT);
  *batch.add_submissions() = testing::valid_submission(9001);
  // The late one answers only core items, asked in every session: each of them joins a week already
  // published and waits alone. (A rotating item's held week could reach k with it and be published,
  // as it should, but that is not what this test is about.)
  auto& late = *batch.add_submissions() = testing::valid_submission(9002, testing::utc_date(-14));
  for (int i = late.answers_size() - 1; i >= 0; --i)
    if (late.answers(i).question_key() == "enps_recommend") late.mutable_answers()->DeleteSubrange(i, 1);
  auto upload = http_send(server.port(), "POST", "/api/v1/kiosk/submissions", batch.SerializeAsString(),
                          {{"Content-Type", "application/x-protobuf"},
                           {"Authorization", std::string("Bearer ") + dashboard_server::kiosk_token}});
  REQUIRE(upload.status == 200);
  REQUIRE(week_of_n01() == stored_before + 2);

  for (std::size_t c = 0; c < callers.size(); ++c) {
    auto after = take(callers[c]);
    for (std::size_t t = 0; t < targets.size(); ++t) {
      CAPTURE(c, targets[t]);
      CHECK(after[t] == before[c][t]);
    }
  }
  // A publication run now: the late session is held back, alone, and the running week is not due.
  // HR's overview says that some late sessions wait, without a count below k; nothing else moves.
  server.admin({"publish", "--db", server.db_path()});
  for (std::size_t c = 0; c < callers.size(); ++c) {
    auto after = take(callers[c]);
    for (std::size_t t = 0; t < targets.size(); ++t) {
      CAPTURE(c, targets[t]);
      if (targets[t].find("/overview") == std::string::npos) {
        CHECK(after[t] == before[c][t]);
        continue;
      }
      auto now = parse_json<v1::OverviewReport>(after[t]);
      CHECK(now.held_back_some() == (c == 0));
      CHECK_FALSE(now.has_held_back());
      now.clear_held_back_some();
      CHECK(now.SerializeAsString() == parse_json<v1::OverviewReport>(before[c][t]).SerializeAsString());
    }
  }
  storage::database db(server.db_path());
  CHECK(storage::query_int(db, "SELECT SUM(held_back) FROM blocks WHERE series = 1 AND location_id = " + n01) == 1);
  // With no scrape token configured, the main address serves no metrics at all.
  CHECK(get(server, "", "/metrics").status == 404);
}

TEST_CASE("A week is published once the test clock has moved past its end and the grace period",
          "[reports][http][anonymity]") {
  dashboard_server server;
  auto hr = sign_in(server, "hr");
  const int today = calendar::today_utc();
  const int this_week = calendar::iso_week(today);
  char week_text[16];
  std::snprintf(week_text, sizeof week_text, "%04d-W%02d", this_week / 100, this_week % 100);
  const std::string target = std::string("/api/v1/reports/overview?period=week&at=") + week_text;
  auto running = parse_json<v1::OverviewReport>(get(server, hr, target).body);
  CHECK(running.period().open_weeks() == 1);
  for (const auto& store : running.stores()) CHECK_FALSE(store.participation().has_sessions());

  // The Wednesday after this week, at noon UTC: ended everywhere (London here) two days before.
  int wednesday = *calendar::iso_week_monday(this_week) + 9;
  setenv("STOREPULSE_TEST_NOW", (calendar::format_date(wednesday) + "T12:00:00Z").c_str(), 1);
  server.admin({"publish", "--db", server.db_path()});
  unsetenv("STOREPULSE_TEST_NOW");
  auto closed = parse_json<v1::OverviewReport>(get(server, hr, target).body);
  CHECK(closed.period().open_weeks() == 0);
  CHECK(closed.period().published_through() == week_text);
  int published = 0;
  for (const auto& store : closed.stores()) published += store.participation().has_sessions() ? 1 : 0;
  CHECK(published >= 4);  // every store with a week of at least k sessions
  // The default period follows: the last week published.
  CHECK(parse_json<v1::OverviewReport>(get(server, hr, "/api/v1/reports/overview").body).period().at() == week_text);
}
