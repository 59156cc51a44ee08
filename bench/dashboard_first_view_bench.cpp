// The dashboard's first view at 5,000 stores: the real server on the generated chain of the report
// bench, HR signed in, and for each run a fresh headless Chromium profile (nothing cached) opening
// the overview. Prints the time from navigation start to the heatmaps drawn (the regions and the
// first page of stores, with their cells), the requests and bytes transferred, and the time to
// the first page of one region's stores after a click on it.
#include "bench/generated_chain.h"
#include "bench/command_line.h"
#include "server/storage/database.h"
#include "tests/support/child_process.h"
#include "tests/support/dashboard_server.h"
#include "tests/support/scratch_folder.h"
#include "tests/support/server_process.h"
#include "tests/support/webdriver_client.h"

#include <boost/program_options.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace po = boost::program_options;
using namespace storepulse;

namespace {

constexpr const char* username = "bench_hr";
constexpr const char* password = "bench_hr-password-1";

// Measures, once the overview has drawn its heatmaps: navigation start to the draw, the requests
// and the bytes transferred (the navigation's and every resource's), and the largest resources.
constexpr const char* first_view_script = R"JS(
  const nav = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource');
  const largest = [...resources].sort((a, b) => b.transferSize - a.transferSize).slice(0, 4)
    .map((r) => `${new URL(r.name).pathname} ${(r.transferSize / 1000).toFixed(1)} kB`).join(', ');
  return {
    drawnMs: window.__storepulseOverviewRendered,
    domContentLoadedMs: nav.domContentLoadedEventEnd,
    requests: resources.length + 1,
    transferred: resources.reduce((sum, r) => sum + (r.transferSize || 0), nav.transferSize || 0),
    decoded: resources.reduce((sum, r) => sum + (r.decodedBodySize || 0), nav.decodedBodySize || 0),
    largest,
  };
)JS";

// Follows the link of the tenth region row and resolves once that region's first page of stores is
// drawn: the time from the click, and the requests and bytes since.
constexpr const char* drill_down_script = R"JS(
  const link = document.querySelectorAll('#regions tbody tr[data-region]:not([data-region=""]) a')[9];
  const region = link.closest('tr').dataset.region;
  const before = performance.getEntriesByType('resource').length;
  const start = performance.now();
  link.click();
  return new Promise((resolve) => {
    const check = () => {
      const drawn = (window.__storepulseOverviewRendered || 0) > start &&
        document.querySelector('#heatmap tbody:not(.references) td.cell');
      if (!drawn) return setTimeout(check, 2);
      const fresh = performance.getEntriesByType('resource').slice(before);
      resolve({ region, ms: window.__storepulseOverviewRendered - start, requests: fresh.length,
        transferred: fresh.reduce((sum, r) => sum + (r.transferSize || 0), 0) });
    };
    check();
  });
)JS";

struct view_figures {
  double drawn_ms = 0, dom_content_loaded_ms = 0, transferred = 0, decoded = 0, requests = 0;
  std::string largest;
  double drill_ms = 0, drill_transferred = 0;
  std::string region;
};

double number(const google::protobuf::Value& value, const std::string& field) {
  return value.struct_value().fields().at(field).number_value();
}

std::string text(const google::protobuf::Value& value, const std::string& field) {
  return value.struct_value().fields().at(field).string_value();
}

// Opens the overview in a fresh profile with the session's cookie already set.
view_figures first_view(const std::string& url, const test::api_session& session, const std::string& chromium) {
  test::webdriver_client browser(1366, 900, chromium);
  // A page of the server's own (not the dashboard) so the cookie has its host; nothing is cached.
  browser.navigate(url + "/readyz");
  auto equals = session.cookie.find('=');
  browser.add_cookie(session.cookie.substr(0, equals), session.cookie.substr(equals + 1));
  browser.navigate(url + "/#/overview");
  browser.wait_for("#regions tbody tr td.cell", std::chrono::seconds(60));
  browser.wait_for("#heatmap tbody:not(.references) tr td.cell", std::chrono::seconds(60));
  auto first = browser.execute(first_view_script);
  view_figures figures;
  figures.drawn_ms = number(first, "drawnMs");
  figures.dom_content_loaded_ms = number(first, "domContentLoadedMs");
  figures.requests = number(first, "requests");
  figures.transferred = number(first, "transferred");
  figures.decoded = number(first, "decoded");
  figures.largest = text(first, "largest");
  auto drill = browser.execute(drill_down_script);
  figures.drill_ms = number(drill, "ms");
  figures.drill_transferred = number(drill, "transferred");
  figures.region = text(drill, "region");
  return figures;
}

double percentile(std::vector<double> values, double p) {
  std::sort(values.begin(), values.end());
  auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
  return values[std::min(index, values.size() - 1)];
}

template <typename F>
std::vector<double> each(const std::vector<view_figures>& runs, F field) {
  std::vector<double> values;
  for (const auto& run : runs) values.push_back(field(run));
  return values;
}

// Adds the bench's HR user to the database unless it is there already.
void ensure_hr_user(const std::string& db_path, const std::string& admin_bin, const testing::scratch_folder& folder) {
  {
    storage::database db(db_path);
    auto stmt = db.prepare("SELECT 1 FROM users WHERE username = ?1");
    stmt.bind(1, username);
    if (stmt.step()) return;
  }
  std::ofstream(folder.file("hr.pw")) << password << "\n";
  std::string output;
  if (testing::run_program({admin_bin, "add-user", "--db", db_path, "--username", username, "--role", "hr_admin",
                            "--password-file", folder.file("hr.pw")},
                           output) != 0)
    throw std::runtime_error("storepulse-admin add-user failed: " + output);
}

}  // namespace

int main(int argc, char** argv) {
  std::string db_path, server_bin, admin_bin, chromium;
  int runs = 5;
  po::options_description options("storepulse-dashboard-first-view-bench: the dashboard's first view at 5,000 stores");
  options.add_options()("help", "show this help")(
      "db", po::value(&db_path)->default_value("/tmp/storepulse-report-bench.db"),
      "database file (the report bench's generated chain, built when missing)")(
      "runs", po::value(&runs)->default_value(5), "first views timed, each in a fresh browser profile")(
      "server-bin", po::value(&server_bin)->default_value(STOREPULSE_SERVER_BIN), "storepulse-server binary")(
      "admin-bin", po::value(&admin_bin)->default_value(STOREPULSE_ADMIN_BIN), "storepulse-admin binary")(
      "chromium", po::value(&chromium)->default_value(""), "Chromium binary (default: the system's)");
  po::variables_map vm;
  if (auto stop = bench::read_command_line(argc, argv, options, vm)) return *stop;
  if (runs < 1) {
    std::cerr << "--runs must be at least 1\n";
    return 2;
  }

  try {
    bench::ensure_generated_chain(db_path, 5000, 52, false);
    testing::scratch_folder folder("storepulse-dashboard-bench");
    ensure_hr_user(db_path, admin_bin, folder);
    test::server_process server({server_bin, "--db", db_path, "--web-root", STOREPULSE_SOURCE_DIR "/server/web"},
                                folder.path());
    auto session = test::api_sign_in(server.port(), username, password);
    std::printf("server %s on %s, database %s\n", server_bin.c_str(), server.url().c_str(), db_path.c_str());

    // The server computes the first page of the overview at start, after it says it is ready: the
    // first view may wait for that (as after a restart), so it is shown apart from the runs.
    auto cold = first_view(server.url(), session, chromium);
    std::printf("first view right after the server started: heatmaps drawn %.0f ms, %.0f requests, "
                "%.1f kB transferred\n",
                cold.drawn_ms, cold.requests, cold.transferred / 1e3);
    std::vector<view_figures> measured;
    for (int i = 0; i < runs; ++i) {
      measured.push_back(first_view(server.url(), session, chromium));
      const auto& run = measured.back();
      std::printf("run %d: heatmaps drawn %.0f ms (DOMContentLoaded %.0f ms), %.0f requests, %.1f kB transferred "
                  "(%.1f kB decoded); %s's first page %.0f ms, %.1f kB\n",
                  i + 1, run.drawn_ms, run.dom_content_loaded_ms, run.requests, run.transferred / 1e3,
                  run.decoded / 1e3, run.region.c_str(), run.drill_ms, run.drill_transferred / 1e3);
    }
    auto drawn = each(measured, [](const view_figures& f) { return f.drawn_ms; });
    auto bytes = each(measured, [](const view_figures& f) { return f.transferred; });
    auto drill = each(measured, [](const view_figures& f) { return f.drill_ms; });
    std::printf("\nfirst view, nothing cached, %d runs: heatmaps drawn p50 %.0f ms, max %.0f ms (target < 1,000 ms)\n",
                runs, percentile(drawn, 0.5), percentile(drawn, 1.0));
    std::printf("  transferred p50 %.1f kB, max %.1f kB in %.0f requests (target < 300 kB)\n",
                percentile(bytes, 0.5) / 1e3, percentile(bytes, 1.0) / 1e3, measured.front().requests);
    std::printf("  largest: %s\n", measured.front().largest.c_str());
    std::printf("a region's first page of stores after a click on it: p50 %.0f ms, max %.0f ms, %.1f kB\n",
                percentile(drill, 0.5), percentile(drill, 1.0), measured.front().drill_transferred / 1e3);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "storepulse-dashboard-first-view-bench: %s\n", e.what());
    return 1;
  }
  return 0;
}
