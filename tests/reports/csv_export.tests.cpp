#include "storepulse/v1/reports.pb.h"
#include "tests/support/dashboard_server.h"
#include "tests/support/http_client.h"

#include <catch2/catch.hpp>
#include <google/protobuf/util/json_util.h>
#include <zlib.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <cctype>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <vector>

using namespace storepulse;
using storepulse::test::dashboard_server;
using storepulse::testing::http_send;
using storepulse::testing::gunzip;

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

// Checks every store figure of the overview against the CSV's rows; returns the stores compared
// and counts their participation statuses.
int check_stores(const std::string& csv_text, const v1::OverviewReport& overview, std::map<std::string, int>& statuses) {
  // location code + metric + dimension -> figure
  std::map<std::string, csv_figure> rows;
  std::istringstream lines(csv_text);
  std::string line;
  std::getline(lines, line);
  while (std::getline(lines, line)) {
    auto f = split(line);
    REQUIRE(f.size() == 15);
    if (f[0] != "location" || !f[9].empty()) continue;
    rows[f[2] + "|" + f[7] + "|" + f[8]] = {f[10], f[11], f[12], f[13], f[14]};
  }
  int compared = 0;
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
  return compared;
}

// Returns the location codes of the CSV's store rows.
std::set<std::string> exported_codes(const std::string& csv_text) {
  std::set<std::string> codes;
  std::istringstream lines(csv_text);
  std::string line;
  while (std::getline(lines, line)) {
    auto f = split(line);
    if (f.size() == 15 && f[0] == "location") codes.insert(f[2]);
  }
  return codes;
}

// Returns the chunks of a raw HTTP/1.1 answer with a chunked body, the last (empty) one included;
// fails when the body does not end with its last chunk.
std::vector<std::string> chunks_of(const std::string& raw) {
  auto at = raw.find("\r\n\r\n");
  REQUIRE(at != std::string::npos);
  at += 4;
  std::vector<std::string> chunks;
  for (;;) {
    auto line_end = raw.find("\r\n", at);
    REQUIRE(line_end != std::string::npos);
    auto size = std::stoul(raw.substr(at, line_end - at), nullptr, 16);
    REQUIRE(line_end + 2 + size + 2 <= raw.size());
    chunks.push_back(raw.substr(line_end + 2, size));
    CHECK(raw.substr(line_end + 2 + size, 2) == "\r\n");
    at = line_end + 2 + size + 2;
    if (size == 0) break;
  }
  CHECK(at == raw.size());
  return chunks;
}

// Returns a connected socket to the server whose receive buffer is small, so that a large answer
// stays mostly unsent while the client does not read.
int small_window_connection(int port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  REQUIRE(fd >= 0);
  int small = 4096;
  ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
  timeval limit{30, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof limit);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  ::inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
  REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
  return fd;
}

// The request line and headers of an export request.
std::string export_request(const std::string& cookie, const std::string& extra_headers = {}) {
  return "GET /api/v1/reports/export.csv?period=4w HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + cookie + "\r\n" +
         extra_headers + "\r\n";
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
    compared += check_stores(csv.body, overview, statuses);
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

TEST_CASE("The CSV export of a chain too large for one piece is streamed in chunks, gzipped for a client that takes "
          "gzip, and says what the API says for every store",
          "[reports][http][streaming]") {
  // With the fixture's six, 142 stores: the organisation and regions, then two slices of stores.
  dashboard_server server({}, 136);
  const auto cookie = storepulse::test::api_sign_in(server, "hr").cookie;
  auto json = http_send(server.port(), "GET", "/api/v1/reports/overview?period=4w&page_size=500", {}, {{"Cookie", cookie}});
  REQUIRE(json.status == 200);
  v1::OverviewReport overview;
  REQUIRE(google::protobuf::util::JsonStringToMessage(json.body, &overview).ok());
  REQUIRE(overview.stores_size() == 142);

  auto plain = http_send(server.port(), "GET", "/api/v1/reports/export.csv?period=4w", {}, {{"Cookie", cookie}});
  REQUIRE(plain.status == 200);
  CHECK(plain.headers["transfer-encoding"] == "chunked");
  CHECK(plain.headers.count("content-length") == 0);
  CHECK(plain.headers.count("content-encoding") == 0);
  CHECK(plain.headers["content-type"] == "text/csv; charset=utf-8");
  CHECK(plain.headers["content-disposition"] == "attachment; filename=\"storepulse-report.csv\"");
  CHECK(plain.headers["vary"] == "Accept-Encoding");
  std::map<std::string, int> statuses;
  CHECK(check_stores(plain.body, overview, statuses) == 142);
  CHECK(exported_codes(plain.body).size() == 142);
  CHECK(statuses["published"] > 0);

  auto zipped = http_send(server.port(), "GET", "/api/v1/reports/export.csv?period=4w", {},
                          {{"Cookie", cookie}, {"Accept-Encoding", "gzip"}});
  REQUIRE(zipped.status == 200);
  CHECK(zipped.headers["transfer-encoding"] == "chunked");
  CHECK(zipped.headers["content-encoding"] == "gzip");
  CHECK(zipped.headers["vary"] == "Accept-Encoding");
  CHECK(zipped.body.size() < plain.body.size() / 4);
  CHECK(gunzip(zipped.body) == plain.body);

  SECTION("one chunk per piece: the header with the organisation and regions, then 100 stores at a time") {
    for (bool gzip : {false, true}) {
      INFO(gzip);
      testing::raw_connection connection(server.port());
      REQUIRE(connection.send(export_request(cookie, std::string(gzip ? "Accept-Encoding: gzip\r\n" : "") +
                                                         "Connection: close\r\n")));
      bool closed = false;
      auto raw = connection.read_until_closed(30, closed);
      CHECK(closed);
      REQUIRE(raw.rfind("HTTP/1.1 200", 0) == 0);
      auto chunks = chunks_of(raw);
      REQUIRE(chunks.size() == 4);  // head, 100 stores, 42 stores, the end
      std::string body;
      for (const auto& chunk : chunks) body += chunk;
      if (gzip) {
        body = gunzip(body);
        // Each piece ends on a flush: the first chunk alone decompresses to the head.
        z_stream stream{};
        REQUIRE(inflateInit2(&stream, 15 + 16) == Z_OK);
        std::string head(1 << 20, '\0');
        stream.next_in = reinterpret_cast<Bytef*>(chunks[0].data());
        stream.avail_in = static_cast<uInt>(chunks[0].size());
        stream.next_out = reinterpret_cast<Bytef*>(head.data());
        stream.avail_out = static_cast<uInt>(head.size());
        CHECK(inflate(&stream, Z_SYNC_FLUSH) == Z_OK);
        head.resize(stream.total_out);
        inflateEnd(&stream);
        CHECK(plain.body.rfind(head, 0) == 0);
        CHECK(head.find("\nregion,") != std::string::npos);
        CHECK(head.find("\nlocation,") == std::string::npos);
      } else {
        CHECK(chunks[0].find("\nlocation,") == std::string::npos);
        CHECK(exported_codes(chunks[1]).size() == 100);
        CHECK(exported_codes(chunks[2]).size() == 42);
      }
      CHECK(body == plain.body);
    }
  }

  SECTION("an HTTP/1.0 client gets the text as it is, ended by the connection's close") {
    testing::raw_connection connection(server.port());
    REQUIRE(connection.send("GET /api/v1/reports/export.csv?period=4w HTTP/1.0\r\nCookie: " + cookie + "\r\n\r\n"));
    bool closed = false;
    auto raw = connection.read_until_closed(30, closed);
    CHECK(closed);
    auto at = raw.find("\r\n\r\n");
    REQUIRE(at != std::string::npos);
    CHECK(raw.substr(0, at).find("chunked") == std::string::npos);
    CHECK(raw.substr(at + 4) == plain.body);
  }

  SECTION("a client that goes away mid-stream leaves the server answering the next requests") {
    for (std::string accept : {"", "Accept-Encoding: gzip\r\n"}) {
      int fd = small_window_connection(server.port());
      auto request = export_request(cookie, accept);
      REQUIRE(::send(fd, request.data(), request.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(request.size()));
      char first[512];
      CHECK(::recv(fd, first, sizeof first, 0) > 0);
      // Closing with the answer unread resets the connection, as a client that crashed would.
      linger reset{1, 0};
      ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
      ::close(fd);
    }
    auto again = http_send(server.port(), "GET", "/api/v1/reports/export.csv?period=4w", {}, {{"Cookie", cookie}});
    REQUIRE(again.status == 200);
    CHECK(again.body == plain.body);
    CHECK(http_send(server.port(), "GET", "/api/v1/reports/overview?period=4w", {}, {{"Cookie", cookie}}).status == 200);
  }
}

TEST_CASE("A manager's streamed export holds their stores only, with the regions and organisation the API shows them",
          "[reports][http][streaming][auth]") {
  dashboard_server server({}, 136);
  const auto cookie = storepulse::test::api_sign_in(server, "manager_north").cookie;
  auto json = http_send(server.port(), "GET", "/api/v1/reports/overview?period=4w&page_size=500", {}, {{"Cookie", cookie}});
  REQUIRE(json.status == 200);
  v1::OverviewReport overview;
  REQUIRE(google::protobuf::util::JsonStringToMessage(json.body, &overview).ok());
  auto csv = http_send(server.port(), "GET", "/api/v1/reports/export.csv?period=4w", {},
                       {{"Cookie", cookie}, {"Accept-Encoding", "gzip"}});
  REQUIRE(csv.status == 200);
  CHECK(csv.headers["transfer-encoding"] == "chunked");
  auto text = csv.headers["content-encoding"] == "gzip" ? gunzip(csv.body) : csv.body;
  CHECK(exported_codes(text) == std::set<std::string>{"N01", "N02"});
  std::map<std::string, int> statuses;
  CHECK(check_stores(text, overview, statuses) == 2);
  std::set<std::string> regions, api_regions;
  for (const auto& region : overview.regions()) api_regions.insert(region.name());
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    auto f = split(line);
    if (f[0] == "region") regions.insert(f[1]);
  }
  CHECK(regions == api_regions);
}
