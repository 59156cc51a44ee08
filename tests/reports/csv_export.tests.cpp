#include "storepulse/v1/reports.pb.h"
#include "tests/support/dashboard_server.h"
#include "tests/support/http_client.h"

#include <catch2/catch.hpp>
#include <google/protobuf/util/json_util.h>

#include <cctype>
#include <cstdlib>
#include <map>
#include <optional>
#include <sstream>
#include <vector>

using namespace storepulse;
using storepulse::test::dashboard_server;
using storepulse::testing::http_send;

namespace {

// The fields of one CSV line (no quoted commas in the figures compared here).
std::vector<std::string> split(const std::string& line) {
  std::vector<std::string> fields;
  std::string field;
  bool quoted = false;
  for (char c : line) {
    if (c == '"') quoted = !quoted;
    else if (c == ',' && !quoted) {
      fields.push_back(field);
      field.clear();
    } else field.push_back(c);
  }
  fields.push_back(field);
  return fields;
}

struct csv_figure {
  std::string status, n, value, low, high;
};

std::string status_word(v1::CellStatus status) {
  std::string name = v1::CellStatus_Name(status).substr(std::string("CELL_STATUS_").size());
  for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name;
}

void check_number(const std::string& text, bool present, double value) {
  if (!present) {
    CHECK(text.empty());
    return;
  }
  REQUIRE_FALSE(text.empty());
  CHECK(std::strtod(text.c_str(), nullptr) == value);  // full precision: the very same double
}

void check_estimate(const csv_figure& row, const v1::Estimate& e) {
  CHECK(row.status == status_word(e.status()));
  check_number(row.value, e.has_value(), e.value());
  check_number(row.low, e.has_ci_low(), e.ci_low());
  check_number(row.high, e.has_ci_high(), e.ci_high());
}

}  // namespace

TEST_CASE("The CSV export says what the API says for every store figure, in the same words and at full precision",
          "[reports][http]") {
  dashboard_server server;
  const auto cookie = storepulse::test::api_sign_in(server, "hr").cookie;
  int compared = 0;
  std::map<std::string, int> statuses;
  for (std::string period : {"week", "4w", "month", "quarter"}) {
    INFO(period);
    auto json = http_send(server.port(), "GET", "/api/v1/reports/overview?period=" + period, {}, {{"Cookie", cookie}});
    auto csv = http_send(server.port(), "GET", "/api/v1/reports/export.csv?period=" + period, {}, {{"Cookie", cookie}});
    REQUIRE(json.status == 200);
    REQUIRE(csv.status == 200);
    v1::OverviewReport overview;
    REQUIRE(google::protobuf::util::JsonStringToMessage(json.body, &overview).ok());
    // location code + metric + dimension -> figure
    std::map<std::string, csv_figure> rows;
    std::istringstream lines(csv.body);
    std::string line;
    std::getline(lines, line);
    while (std::getline(lines, line)) {
      auto f = split(line);
      REQUIRE(f.size() == 15);
      if (f[0] != "location" || !f[9].empty()) continue;
      rows[f[2] + "|" + f[7] + "|" + f[8]] = {f[10], f[11], f[12], f[13], f[14]};
    }
    for (const auto& store : overview.stores()) {
      INFO(store.code());
      auto find = [&](const std::string& metric, const std::string& dimension = {}) {
        auto it = rows.find(store.code() + "|" + metric + "|" + dimension);
        REQUIRE(it != rows.end());
        return it->second;
      };
      check_estimate(find("chi"), store.chi());
      check_estimate(find("knows_limit_share", "empowerment"), store.knows_limit());
      check_estimate(find("used_limit_last_7_days_share", "empowerment"), store.used_last_7_days());
      for (const auto& d : store.dimensions()) {
        std::string name = v1::Dimension_Name(d.dimension()).substr(std::string("DIMENSION_").size());
        for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        check_estimate(find("dimension_score", name), d.score());
      }
      const auto& p = store.participation();
      auto sessions = find("sessions");
      CHECK(sessions.status == status_word(p.status()));
      check_number(sessions.value, p.has_sessions(), p.sessions());
      auto rate = find("participation");
      CHECK(rate.status == (p.has_rate() || p.status() != v1::CELL_STATUS_PUBLISHED ? status_word(p.status()) : "no_data"));
      check_number(rate.value, p.has_rate(), p.rate());
      ++statuses[status_word(p.status())];
      ++compared;
    }
  }
  CHECK(compared > 10);
  CHECK(statuses["suppressed"] > 0);  // the case the export used to call "no_data"
  CHECK(statuses["published"] > 0);
}

TEST_CASE("Every participation rate of the overview is its own sessions over its own staff-weeks, for the organisation, "
          "each region and each store, in every period",
          "[reports][http]") {
  dashboard_server server;
  const auto cookie = storepulse::test::api_sign_in(server, "hr").cookie;
  int rates = 0;
  const auto check = [&rates](const std::string& who, const v1::Participation& p) {
    INFO(who);
    if (!p.has_rate()) {
      CHECK_FALSE(p.has_staff_weeks());
      return;
    }
    REQUIRE(p.has_staff_weeks());
    CHECK(p.staff_weeks() > 0);
    CHECK(p.rate() == Approx(p.sessions() / p.staff_weeks()));
    ++rates;
  };
  for (std::string period : {"week", "4w", "month", "quarter"}) {
    INFO(period);
    auto json = http_send(server.port(), "GET", "/api/v1/reports/overview?period=" + period, {}, {{"Cookie", cookie}});
    REQUIRE(json.status == 200);
    v1::OverviewReport overview;
    REQUIRE(google::protobuf::util::JsonStringToMessage(json.body, &overview).ok());
    check("organisation", overview.organisation().participation());
    for (const auto& region : overview.regions()) check("region " + region.name(), region.participation());
    for (const auto& store : overview.stores()) check(store.code(), store.participation());
  }
  CHECK(rates > 20);
}
