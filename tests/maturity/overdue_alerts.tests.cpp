// Overdue self-assessments on the alerts report, through the real server binary: HR sees every
// overdue scope with the day it fell due; a manager only their own stores'.
#include "server/storage/database.h"
#include "storepulse/v1/maturity.pb.h"
#include "storepulse/v1/reports.pb.h"
#include "tests/support/api_requests.h"
#include "tests/support/dashboard_server.h"

#include <catch2/catch.hpp>

using namespace storepulse;
using storepulse::test::api_get;
using storepulse::test::api_send;
using storepulse::test::dashboard_server;
using storepulse::test::parse_json;
using storepulse::test::to_json;

namespace {

const std::string alerts_path = "/api/v1/reports/alerts?period=4w";

// Adds a round closed on closed_on for a scope, with its assessors; returns its id.
std::int64_t add_closed_round(const dashboard_server& server, const std::string& scope, std::int64_t location,
                              const std::string& region, const std::string& closed_on,
                              const std::vector<std::string>& assessors) {
  storage::database db(server.db_path());
  db.prepare(
        "INSERT INTO maturity_rounds(scope, location_id, region, opened_by, opened_on, status, agreed_stage, "
        "closing_note, closed_on) VALUES (?1, NULLIF(?2, 0), NULLIF(?3, ''), ?4, '2025-01-06', 'closed', 3, 'Done.', ?5)")
      .bind(1, scope)
      .bind(2, location)
      .bind(3, region)
      .bind(4, server.user_id("hr"))
      .bind(5, closed_on)
      .run();
  const auto id = db.last_insert_rowid();
  int position = 0;
  for (const auto& name : assessors)
    db.prepare("INSERT INTO maturity_assessors(round_id, user_id, position) VALUES (?1, ?2, ?3)")
        .bind(1, id)
        .bind(2, server.user_id(name))
        .bind(3, position++)
        .run();
  return id;
}

std::vector<v1::Alert> overdue_of(const v1::AlertsReport& report) {
  std::vector<v1::Alert> out;
  for (const auto& a : report.alerts())
    if (a.kind() == v1::ALERT_KIND_MATURITY_OVERDUE) out.push_back(a);
  return out;
}

}  // namespace

TEST_CASE("An overdue self-assessment is an alert for HR with its scope and since when, and for a manager only "
          "of their own store",
          "[maturity][http][due][alerts]") {
  dashboard_server server;
  add_closed_round(server, "location", server.location_id("N02"), "", "2025-01-20", {"hr", "manager_north"});
  add_closed_round(server, "region", 0, "North", "2025-02-10", {"hr", "manager_north"});
  add_closed_round(server, "organisation", 0, "", "2025-03-31", {"hr"});
  // Closed recently: due in the future, no alert.
  add_closed_round(server, "location", server.location_id("S01"), "", "2099-01-01", {"hr", "manager_south"});

  auto hr = test::api_sign_in(server, "hr");
  auto overdue = overdue_of(parse_json<v1::AlertsReport>(api_get(server, hr, alerts_path).body));
  REQUIRE(overdue.size() == 3);
  std::map<int, v1::Alert> by_scope;
  for (const auto& a : overdue) by_scope[a.scope()] = a;
  REQUIRE(by_scope.size() == 3);
  CHECK(by_scope[v1::SCOPE_KIND_LOCATION].location_id() == server.location_id("N02"));
  CHECK(by_scope[v1::SCOPE_KIND_LOCATION].since() == "2025-07-20");
  CHECK(by_scope[v1::SCOPE_KIND_REGION].region() == "North");
  CHECK(by_scope[v1::SCOPE_KIND_REGION].since() == "2025-08-10");
  CHECK(by_scope[v1::SCOPE_KIND_REGION].location_name() == "Region North");
  // 31 March plus six months: 30 September, the month's last day.
  CHECK(by_scope[v1::SCOPE_KIND_ORGANISATION].since() == "2025-09-30");
  CHECK(by_scope[v1::SCOPE_KIND_ORGANISATION].message().find("2025-09-30") != std::string::npos);

  // A region filter keeps that region's scopes.
  auto south = overdue_of(parse_json<v1::AlertsReport>(api_get(server, hr, alerts_path + "&region=South").body));
  CHECK(south.empty());
  auto north_only = overdue_of(parse_json<v1::AlertsReport>(api_get(server, hr, alerts_path + "&region=North").body));
  CHECK(north_only.size() == 2);

  // manager_north, invited to N02's and North's rounds, sees only N02: the region is wider than
  // their stores. manager_south's store is not overdue.
  auto north = test::api_sign_in(server, "manager_north");
  auto theirs = overdue_of(parse_json<v1::AlertsReport>(api_get(server, north, alerts_path).body));
  REQUIRE(theirs.size() == 1);
  CHECK(theirs[0].scope() == v1::SCOPE_KIND_LOCATION);
  CHECK(theirs[0].location_id() == server.location_id("N02"));
  auto south_manager = test::api_sign_in(server, "manager_south");
  CHECK(overdue_of(parse_json<v1::AlertsReport>(api_get(server, south_manager, alerts_path).body)).empty());

  // Opening the next round for N02 ends its alert.
  v1::MaturityRoundDraft draft;
  draft.set_scope(v1::SCOPE_KIND_LOCATION);
  draft.set_location_id(server.location_id("N02"));
  draft.add_assessor_ids(server.user_id("hr"));
  REQUIRE(api_send(server, hr, "POST", "/api/v1/maturity/rounds", to_json(draft)).status == 201);
  CHECK(overdue_of(parse_json<v1::AlertsReport>(api_get(server, hr, alerts_path).body)).size() == 2);
  CHECK(overdue_of(parse_json<v1::AlertsReport>(api_get(server, north, alerts_path).body)).empty());
}
