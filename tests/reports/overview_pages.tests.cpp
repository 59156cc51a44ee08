#include "server/reports/overview_pages.h"

#include "report_fixture.h"
#include "server/http/json_encoding.h"
#include "server/reports/report_engine.h"
#include "storepulse/v1/reports.pb.h"
#include "tests/support/dashboard_server.h"

#include <catch2/catch.hpp>

#include <google/protobuf/util/json_util.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

using namespace storepulse;
using storepulse::test::dashboard_server;

namespace {

constexpr int extra_stores = 136;  // with the fixture's six: 142 stores in six regions
constexpr int all_stores = extra_stores + 6;

const std::vector<std::string> sort_columns{"name",       "code",       "region",        "chi",
                                            "values",     "empowerment", "recognition",  "leadership",
                                            "collaboration", "trend",    "participation", "alerts"};

v1::OverviewReport parse(const testing::http_reply& reply) {
  REQUIRE(reply.status == 200);
  v1::OverviewReport report;
  REQUIRE(google::protobuf::util::JsonStringToMessage(reply.body, &report).ok());
  return report;
}

v1::OverviewReport overview(const dashboard_server& server, const dashboard_server::web_session& who,
                            const std::string& parameters) {
  return parse(server.get(who, "/api/v1/reports/overview?period=4w&" + parameters));
}

// Returns every store of a query, page after page, checking that each page says the same totals.
std::vector<v1::StoreRow> all_pages(const dashboard_server& server, const dashboard_server::web_session& who,
                                    const std::string& parameters, int page_size) {
  std::vector<v1::StoreRow> rows;
  auto first = overview(server, who, parameters + "&page_size=" + std::to_string(page_size));
  const auto pages = first.page().pages();
  CHECK(pages == (first.page().stores_matching() + page_size - 1) / page_size);
  for (std::uint32_t page = 1; page <= pages; ++page) {
    auto report = page == 1 ? first
                            : overview(server, who, parameters + "&page_size=" + std::to_string(page_size) +
                                                        "&page=" + std::to_string(page));
    CHECK(report.page().page() == page);
    CHECK(report.page().stores_matching() == first.page().stores_matching());
    CHECK(static_cast<std::uint32_t>(report.stores_size()) ==
          std::min<std::uint32_t>(page_size, first.page().stores_matching() - (page - 1) * page_size));
    rows.insert(rows.end(), report.stores().begin(), report.stores().end());
  }
  // Past the last page: no stores, the same totals.
  auto past = overview(server, who, parameters + "&page_size=" + std::to_string(page_size) + "&page=" +
                                        std::to_string(pages + 1));
  CHECK(past.stores_size() == 0);
  CHECK(past.page().stores_matching() == first.page().stores_matching());
  return rows;
}

std::optional<double> published(const v1::Estimate& e) {
  if (e.status() != v1::CELL_STATUS_PUBLISHED || !e.has_value()) return std::nullopt;
  return e.value();
}

// Returns what the row shows in a numeric column, or nullopt when the figure is not published.
std::optional<double> shown(const v1::StoreRow& row, const std::string& column) {
  if (column == "chi") return published(row.chi());
  if (column == "trend")
    return row.chi_trend().status() == v1::CELL_STATUS_PUBLISHED && row.chi_trend().has_change()
               ? std::optional(row.chi_trend().change())
               : std::nullopt;
  if (column == "participation")
    return row.participation().status() == v1::CELL_STATUS_PUBLISHED && row.participation().has_rate()
               ? std::optional(row.participation().rate())
               : std::nullopt;
  if (column == "alerts") return row.alerts_size();
  for (const auto& d : row.dimensions()) {
    auto name = reports::fold_case(v1::Dimension_Name(d.dimension()).substr(10));
    if (name == column) return published(d.score());
  }
  return std::nullopt;
}

std::string text_of(const v1::StoreRow& row, const std::string& column) {
  return reports::fold_case(column == "code" ? row.code() : column == "region" ? row.region() : row.name());
}

bool by_name(const v1::StoreRow& a, const v1::StoreRow& b) {
  auto x = reports::fold_case(a.name()), y = reports::fold_case(b.name());
  if (x != y) return x < y;
  return reports::fold_case(a.code()) < reports::fold_case(b.code());
}

std::vector<std::string> codes(const std::vector<v1::StoreRow>& rows) {
  std::vector<std::string> out;
  for (const auto& row : rows) out.push_back(row.code());
  return out;
}

// Returns the stores whose figure in the column is not published, in the order given.
std::vector<v1::StoreRow> unpublished(const std::vector<v1::StoreRow>& rows, const std::string& column) {
  std::vector<v1::StoreRow> out;
  for (const auto& row : rows)
    if (!shown(row, column)) out.push_back(row);
  return out;
}

}  // namespace

TEST_CASE("Names are compared without regard to case in Western and Central European letters", "[reports][paging]") {
  CHECK(reports::fold_case("ÉTOILE Łódź ŽIŽKOV Ÿ Ĳ ß") == "étoile łódź žižkov ÿ ĳ ß");
  CHECK(reports::fold_case("MARKET hall C001") == "market hall c001");
  CHECK(reports::fold_case("× Ω Страна") == "× Ω Страна");  // others as they are
  CHECK(reports::fold_case("\xC5") == "\xC5");              // a cut-off letter too
}

TEST_CASE("A page's JSON is Protobuf's JSON mapping of the page, whatever the names of stores and regions say",
          "[reports][paging][json]") {
  reports::testing::report_db d;
  const int w47 = reports::testing::week(202647);
  auto values = d.add_question("values_decide", v1::DIMENSION_VALUES, v1::QUESTION_TYPE_AGREE5);
  const char* regions[] = {"North", "South \"stores\":[] }", "East"};
  for (int i = 0; i < 7; ++i) {
    auto store = d.add_location("S" + std::to_string(i), regions[i % 3], 10);
    d.db().prepare("UPDATE locations SET name = ?1 WHERE id = ?2").bind(1, "Store \"stores\":[] " + std::to_string(i)).bind(2, store).run();
    if (i == 3) continue;
    d.add_sessions(store, w47, 6 + i);
    d.add_answers(store, values, w47, {0, i % 5, 2, 1, 2, 1 + i, 0, 0, 0, 0, 0});
  }
  d.publish_through(w47);
  reports::report_engine engine(5);
  auth::principal hr;
  hr.user_role = auth::role::hr_admin;
  for (const auto& column : sort_columns) {
    for (std::uint32_t size : {1u, 3u, 50u}) {
      for (const std::string region : {"", "North", "South \"stores\":[] }"}) {
        CAPTURE(column, size, region);
        reports::report_query query;
        query.at = w47;
        query.region = region;
        query.page = *reports::parse_page_query(column, "desc", "2", std::to_string(size), "S").query;
        auto message = engine.overview_page(d.db(), hr, query);
        CHECK(*engine.overview_page_encoded(d.db(), hr, query, false).plain == http::to_json(message) + "\n");
        v1::OverviewReport decoded;
        REQUIRE(decoded.ParseFromString(*engine.overview_page_encoded(d.db(), hr, query, true).plain));
        CHECK(decoded.SerializeAsString() == message.SerializeAsString());
      }
    }
  }
}

TEST_CASE("Overview pages hold every store exactly once, in order, for every sort column and direction",
          "[reports][http][paging]") {
  dashboard_server server({}, extra_stores);
  auto hr = server.sign_in("hr", "hr-password-1");
  for (const auto& column : sort_columns) {
    for (std::string order : {"asc", "desc"}) {
      CAPTURE(column, order);
      const std::string parameters = "sort=" + column + "&order=" + order;
      auto rows = all_pages(server, hr, parameters, 9);
      auto codes_seen = codes(rows);
      CHECK(codes_seen.size() == all_stores);
      CHECK(std::set<std::string>(codes_seen.begin(), codes_seen.end()).size() == all_stores);
      // Pages cut one order: read at once, the stores come in the very same order.
      auto whole = overview(server, hr, parameters + "&page_size=500");
      CHECK(whole.page().pages() == 1);
      CHECK(whole.page().stores_in_scope() == all_stores);
      CHECK(whole.page().sort() == column);
      CHECK(whole.page().descending() == (order == "desc"));
      CHECK(codes(std::vector<v1::StoreRow>(whole.stores().begin(), whole.stores().end())) == codes_seen);

      const bool descending = order == "desc";
      if (column == "name" || column == "code" || column == "region") {
        for (std::size_t i = 1; i < rows.size(); ++i) {
          auto a = text_of(rows[i - 1], column), b = text_of(rows[i], column);
          CHECK((descending ? a >= b : a <= b));
        }
        continue;
      }
      // Published figures first, in the direction asked for, equal ones by name; then every store
      // whose figure is held back or missing, by name, whatever the direction.
      std::size_t published_count = 0;
      while (published_count < rows.size() && shown(rows[published_count], column)) ++published_count;
      CHECK(unpublished(rows, column).size() == rows.size() - published_count);
      for (std::size_t i = 1; i < published_count; ++i) {
        auto a = *shown(rows[i - 1], column), b = *shown(rows[i], column);
        CHECK((descending ? a >= b : a <= b));
        if (a == b) CHECK_FALSE(by_name(rows[i], rows[i - 1]));
      }
      CHECK(std::is_sorted(rows.begin() + static_cast<std::ptrdiff_t>(published_count), rows.end(), by_name));
    }
  }
}

TEST_CASE("Stores whose figures are held back keep one order, by name, for ascending and descending sorts",
          "[reports][http][paging][anonymity]") {
  dashboard_server server({}, extra_stores);
  auto hr = server.sign_in("hr", "hr-password-1");
  auto rows_of = [&](const std::string& parameters) {
    auto report = overview(server, hr, parameters + "&page_size=500");
    return std::vector<v1::StoreRow>(report.stores().begin(), report.stores().end());
  };
  for (const auto& column : sort_columns) {
    if (column == "name" || column == "code" || column == "region" || column == "alerts") continue;
    CAPTURE(column);
    auto up = rows_of("sort=" + column + "&order=asc");
    auto down = rows_of("sort=" + column + "&order=desc");
    auto hidden_up = unpublished(up, column);
    auto hidden_down = unpublished(down, column);
    // The same stores, in the same order, at the end of both lists.
    CHECK(codes(hidden_up) == codes(hidden_down));
    CHECK(std::equal(hidden_up.rbegin(), hidden_up.rend(), up.rbegin(),
                     [](const auto& a, const auto& b) { return a.code() == b.code(); }));
    CHECK(std::equal(hidden_down.rbegin(), hidden_down.rend(), down.rbegin(),
                     [](const auto& a, const auto& b) { return a.code() == b.code(); }));
    if (column == "chi") {
      // Several stores are held back (not just without answers), with different hidden moods.
      auto held = std::count_if(hidden_up.begin(), hidden_up.end(),
                                [](const auto& row) { return row.chi().status() == v1::CELL_STATUS_SUPPRESSED; });
      CHECK(held >= 5);
      for (const auto& row : hidden_up) CHECK_FALSE(row.chi().has_value());
    }
  }
}

TEST_CASE("The region filter keeps every region row and lists that region's stores, and search finds names and codes",
          "[reports][http][paging]") {
  dashboard_server server({}, extra_stores);
  auto hr = server.sign_in("hr", "hr-password-1");
  std::map<std::string, int> per_region{{"North", 3}, {"South", 2}, {"East", 1}};
  for (int i = 0; i < extra_stores; ++i) ++per_region[dashboard_server::generated(i).region];

  for (const auto& entry : per_region) {
    const auto& region = entry.first;
    const auto count = entry.second;
    CAPTURE(region);
    auto rows = all_pages(server, hr, "sort=chi&region=" + region, 25);
    CHECK(rows.size() == static_cast<std::size_t>(count));
    for (const auto& row : rows) CHECK(row.region() == region);
    auto report = overview(server, hr, "region=" + region);
    CHECK(report.page().stores_matching() == static_cast<std::uint32_t>(count));
    CHECK(report.page().stores_in_scope() == all_stores);
    CHECK(report.page().region() == region);
    CHECK(report.regions_size() == static_cast<int>(per_region.size()));  // every region row, always
    CHECK(report.region_names_size() == static_cast<int>(per_region.size()));
    CHECK(report.has_organisation());
  }
  CHECK(overview(server, hr, "region=Atlantis").page().stores_matching() == 0);

  auto matching = [&](const std::string& parameters) {
    auto report = overview(server, hr, parameters + "&page_size=500");
    std::set<std::string> found;
    for (const auto& row : report.stores()) found.insert(row.code());
    CHECK(report.page().stores_matching() == found.size());
    return found;
  };
  // By name, whatever the case, Central European letters included ("%C5%81%C3%93D%C5%B9" is "ŁÓDŹ").
  std::set<std::string> lodz, harbour, west_market;
  for (int i = 0; i < extra_stores; ++i) {
    auto store = dashboard_server::generated(i);
    if (store.name.rfind("Łódź", 0) == 0) lodz.insert(store.code);
    if (store.name.rfind("harbour", 0) == 0) harbour.insert(store.code);
    if (store.name.rfind("Market", 0) == 0 && store.region == "West") west_market.insert(store.code);
  }
  harbour.insert("N02");  // Harbour Street
  REQUIRE(lodz.size() >= 10);
  CHECK(matching("search=%C5%81%C3%93D%C5%B9") == lodz);
  CHECK(matching("search=%C5%82%C3%B3d%C5%BA") == lodz);
  CHECK(matching("search=HARBOUR") == harbour);
  REQUIRE_FALSE(west_market.empty());
  CHECK(matching("search=mArKeT&region=West") == west_market);
  // By code.
  CHECK(matching("search=c001") == std::set<std::string>{"C001"});
  CHECK(matching("search=n0") == std::set<std::string>{"N01", "N02", "N03"});
  auto none = overview(server, hr, "search=zzz");
  CHECK(none.stores_size() == 0);
  CHECK(none.page().stores_matching() == 0);
  CHECK(none.page().pages() == 0);
  CHECK(none.page().search() == "zzz");
}

TEST_CASE("A manager's pages hold only their stores", "[reports][http][paging][auth]") {
  dashboard_server server({}, extra_stores);
  auto manager = server.sign_in("manager_north", "manager_north-password-1");
  for (const auto& column : sort_columns) {
    CAPTURE(column);
    auto rows = all_pages(server, manager, "sort=" + column + "&order=desc", 1);
    auto seen = codes(rows);
    CHECK(std::set<std::string>(seen.begin(), seen.end()) == std::set<std::string>{"N01", "N02"});
  }
  auto report = overview(server, manager, "");
  CHECK(report.page().stores_in_scope() == 2);
  CHECK(report.regions_size() == 1);
  CHECK(report.regions(0).name() == "North");
  CHECK(overview(server, manager, "search=Southfields").stores_size() == 0);
  CHECK(overview(server, manager, "search=Riverside").stores_size() == 0);  // N03: North, not theirs
  auto central = overview(server, manager, "region=Central");
  CHECK(central.stores_size() == 0);
  CHECK(central.regions_size() == 1);
}

TEST_CASE("Bad overview parameters are refused with 400 and say why", "[reports][http][paging]") {
  dashboard_server server;
  auto hr = server.sign_in("hr", "hr-password-1");
  const std::string long_search(101, 'a');
  std::string long_letters;
  for (int i = 0; i < 100; ++i) long_letters += "\xC5\x81";  // 100 characters in 200 bytes
  const std::pair<std::string, std::string> refused[] = {
      {"sort=shoe_size", "invalid_sort"},     {"sort=CHI", "invalid_sort"},
      {"sort=dimension_values", "invalid_sort"}, {"order=up", "invalid_order"},
      {"page=0", "invalid_page"},             {"page=-1", "invalid_page"},
      {"page=2.5", "invalid_page"},           {"page=abc", "invalid_page"},
      {"page=99999999999", "invalid_page"},   {"page_size=0", "invalid_page_size"},
      {"page_size=501", "invalid_page_size"}, {"page_size=-5", "invalid_page_size"},
      {"search=" + long_search, "invalid_search"},
  };
  for (const auto& entry : refused) {
    const auto& parameters = entry.first;
    const auto& error = entry.second;
    CAPTURE(parameters);
    auto reply = server.get(hr, "/api/v1/reports/overview?" + parameters);
    CHECK(reply.status == 400);
    CHECK(reply.body.find("\"error\":\"" + error + "\"") != std::string::npos);
  }
  const std::vector<std::string> accepted_parameters{"page_size=500", "page_size=1&page=6", "sort=values&order=desc",
                                                     "search=" + std::string(100, 'a'), "search=" + long_letters};
  for (const auto& accepted : accepted_parameters) {
    CAPTURE(accepted);
    CHECK(server.get(hr, "/api/v1/reports/overview?" + accepted).status == 200);
  }
  // The other reports take no paging and ignore it, as any unknown parameter.
  CHECK(server.get(hr, "/api/v1/reports/alerts?page=0").status == 200);
}

TEST_CASE("Overview pages come as binary Protobuf too, and the CSV export still holds every store",
          "[reports][http][paging]") {
  dashboard_server server({}, extra_stores);
  auto hr = server.sign_in("hr", "hr-password-1");
  auto binary = testing::http_send(server.port(), "GET", "/api/v1/reports/overview?period=4w&page_size=20&page=2",
                                   {}, {{"Accept", "application/x-protobuf"}, {"Cookie", hr.cookie}});
  REQUIRE(binary.status == 200);
  CHECK(binary.headers["content-type"] == "application/x-protobuf");
  v1::OverviewReport decoded;
  REQUIRE(decoded.ParseFromString(binary.body));
  CHECK(decoded.stores_size() == 20);
  CHECK(decoded.page().page() == 2);
  CHECK(decoded.page().stores_matching() == all_stores);

  auto csv = server.get(hr, "/api/v1/reports/export.csv?period=4w");
  REQUIRE(csv.status == 200);
  std::set<std::string> exported;
  for (std::size_t at = csv.body.find("\nlocation,"); at != std::string::npos; at = csv.body.find("\nlocation,", at + 1)) {
    auto fields = csv.body.substr(at + 1, csv.body.find('\n', at + 1) - at - 1);
    // location,NAME,CODE,...: names here hold no commas.
    auto name_end = fields.find(',', 9);
    exported.insert(fields.substr(name_end + 1, fields.find(',', name_end + 1) - name_end - 1));
  }
  CHECK(exported.size() == all_stores);
}
