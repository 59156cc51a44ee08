// Overview latency over 5,000 stores x 52 weeks x 15 questions of rollups (about 12 million
// answers represented): builds the database once (rollup rows inserted directly, one transaction),
// then times the overview cold (first computation) and warm (cached figures), one page of it as
// the route serves it (the dashboard's usual load), JSON encoding and a store page, and prints the
// peak memory each report adds.
#include "bench/command_line.h"
#include "bench/generated_chain.h"
#include "server/http/compression.h"
#include "server/http/json_encoding.h"
#include "server/reports/csv_export.h"
#include "server/reports/report_engine.h"
#include "server/storage/database.h"

#include <boost/program_options.hpp>
#include <google/protobuf/util/json_util.h>
#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace po = boost::program_options;
using namespace storepulse;
using namespace storepulse::reports;
using clock_type = std::chrono::steady_clock;

namespace {

double ms_since(clock_type::time_point start) {
  return std::chrono::duration<double, std::milli>(clock_type::now() - start).count();
}

double percentile(std::vector<double> values, double p) {
  std::sort(values.begin(), values.end());
  auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
  return values[std::min(index, values.size() - 1)];
}

template <typename F>
void report_timing(const char* what, int repeats, F run) {
  std::vector<double> times;
  for (int i = 0; i < repeats; ++i) {
    auto start = clock_type::now();
    run();
    times.push_back(ms_since(start));
  }
  std::printf("%-44s n=%-4d p50 %8.2f ms  p99 %8.2f ms  max %8.2f ms\n", what, repeats, percentile(times, 0.5),
              percentile(times, 0.99), percentile(times, 1.0));
}

// Returns a field of /proc/self/status in kB, e.g. "VmHWM".
long status_kb(const std::string& field) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind(field + ":", 0) == 0) return std::stol(line.substr(field.size() + 1));
  return -1;
}

// Prints how far one call raises the process's peak resident memory above what it held before:
// freed memory goes back to the system, then the peak is reset to the current size (clear_refs 5).
template <typename F>
void report_memory(const char* what, F run) {
  malloc_trim(0);
  { std::ofstream("/proc/self/clear_refs") << "5"; }
  long before = status_kb("VmRSS");
  run();
  std::printf("%-44s peak memory added %7.1f MB\n", what, static_cast<double>(status_kb("VmHWM") - before) / 1024.0);
}

}  // namespace

int main(int argc, char** argv) {
  std::string path;
  int stores = 5000, weeks = 52, repeats = 200, cold_repeats = 3;
  po::options_description options("storepulse-report-bench: overview latency over generated rollups");
  options.add_options()("help", "show this help")(
      "db", po::value(&path)->default_value("/tmp/storepulse-report-bench.db"), "database file (built when missing)")(
      "stores", po::value(&stores)->default_value(5000), "stores")("weeks", po::value(&weeks)->default_value(52), "weeks")(
      "repeats", po::value(&repeats)->default_value(200), "warm calls timed")(
      "cold-repeats", po::value(&cold_repeats)->default_value(3), "cold computations timed per period")(
      "rebuild", "delete and rebuild the database");
  po::variables_map vm;
  if (auto stop = bench::read_command_line(argc, argv, options, vm)) return *stop;

  bench::ensure_generated_chain(path, stores, weeks, vm.count("rebuild") > 0);
  const int last_week = *week_index(bench::generated_chain_last_week);
  storage::open_options read_options;
  read_options.synchronous_full = false;
  storage::database db(path, read_options);
  std::printf("rollup_answers rows: %lld, blocks: %lld\n",
              static_cast<long long>(storage::query_int(db, "SELECT COUNT(*) FROM rollup_answers").value_or(0)),
              static_cast<long long>(storage::query_int(db, "SELECT COUNT(*) FROM blocks").value_or(0)));

  auth::principal hr;
  hr.user_role = auth::role::hr_admin;
  auth::principal manager;
  manager.user_role = auth::role::manager;
  manager.location_ids = {1, 51, 101, 151, 201};

  for (auto [period, name] : {std::pair{v1::PERIOD_WEEK, "week"}, std::pair{v1::PERIOD_ROLLING_4W, "4w"},
                              std::pair{v1::PERIOD_MONTH, "month"}, std::pair{v1::PERIOD_QUARTER, "quarter"}}) {
    report_query query;
    query.period = period;
    query.at = last_week;
    std::string label = std::string("overview HR, ") + name + ", cold (first load)";
    report_timing(label.c_str(), cold_repeats, [&] {
      report_engine fresh_engine(5);
      auto overview = fresh_engine.overview(db, hr, query);
      if (overview.stores_size() != stores) std::abort();
    });
  }

  report_engine engine(5);
  report_query query;
  query.period = v1::PERIOD_WEEK;
  query.at = last_week;
  engine.overview(db, hr, query);
  report_timing("overview HR, week, warm", repeats, [&] { engine.overview(db, hr, query); });
  report_timing("overview HR, week, warm, + JSON encoding", repeats / 4, [&] {
    auto overview = engine.overview(db, hr, query);
    auto json = http::to_json(overview);
  });
  report_timing("  the same with Protobuf's JSON printer", 3, [&] {
    auto overview = engine.overview(db, hr, query);
    std::string json;
    google::protobuf::util::JsonPrintOptions json_options;
    json_options.always_print_primitive_fields = true;
    (void)google::protobuf::util::MessageToJsonString(overview, &json, json_options);
  });
  // What the route answers: the organisation, every region and one page of 50 stores.
  auto first_page = query;
  first_page.page.order.column = sort_column::chi;
  report_timing("overview page HR, week, cold, computed, JSON, gzip", cold_repeats, [&] {
    report_engine fresh_engine(5);
    fresh_engine.overview_page_encoded(db, hr, first_page, false);
  });
  report_timing("overview page HR, week, cold, computed, binary, gzip", cold_repeats, [&] {
    report_engine fresh_engine(5);
    fresh_engine.overview_page_encoded(db, hr, first_page, true);
  });
  engine.overview_page_encoded(db, hr, first_page, false);
  report_timing("overview page HR, week, repeat (encoded page cached)", repeats, [&] {
    engine.overview_page_encoded(db, hr, first_page, false);
  });
  // Pages not asked for before, as the route makes them: cut from the sorted stores, the stores'
  // JSON written after the head's (written once) and gzipped. Pages 2-101 by CHI, then pages of
  // every column in both directions (each column's first sort included).
  const std::vector<std::string> columns{"name", "code", "region", "chi", "values", "empowerment", "recognition",
                                         "leadership", "collaboration", "trend", "participation", "alerts"};
  auto page_of = [&](const std::string& column, bool descending, int number, const std::string& search, int size = 50) {
    auto page = first_page;
    page.page = *parse_page_query(column, descending ? "desc" : "asc", std::to_string(number), std::to_string(size),
                                  search)
                     .query;
    return page;
  };
  int n = 0;
  report_timing("overview page HR, week, new page by CHI, JSON, gzip", 100, [&] {
    engine.overview_page_encoded(db, hr, page_of("chi", false, 2 + n++, ""), false);
  });
  n = 0;
  report_timing("overview page HR, week, new page, any sort, JSON, gzip", repeats, [&] {
    auto column = columns[static_cast<std::size_t>(n % 12)];
    engine.overview_page_encoded(db, hr, page_of(column, n / 12 % 2 == 1, 1 + n / 24, ""), false);
    ++n;
  });
  n = 0;
  report_timing("overview page HR, week, search \"store 1\", JSON, gzip", repeats / 4, [&] {
    engine.overview_page_encoded(db, hr, page_of(columns[static_cast<std::size_t>(n % 12)], false, 1 + n / 12, "store 1"), false);
    ++n;
  });
  n = 0;
  report_timing("overview page HR, week, new page, binary, gzip", repeats / 4, [&] {
    engine.overview_page_encoded(db, hr, page_of("name", false, 1 + n++, ""), true);
  });
  n = 0;
  report_timing("overview page manager (5 stores), week, JSON", repeats, [&] {
    engine.overview_page_encoded(db, manager, page_of(columns[static_cast<std::size_t>(n / 50 % 12)], false, 1, "", 1 + n % 50), false);
    ++n;
  });
  {
    auto message = engine.overview_page(db, hr, first_page);
    auto json = http::to_json(message);
    auto stores_only = message;
    stores_only.clear_regions();
    stores_only.clear_organisation();
    std::printf("overview page of 50 stores, JSON: %.0f kB (%.0f kB gzipped); without the region rows %.0f kB\n",
                static_cast<double>(json.size()) / 1e3, static_cast<double>(http::gzip(json).size()) / 1e3,
                static_cast<double>(http::to_json(stores_only).size()) / 1e3);
  }
  report_timing("overview HR, week, one region, warm", repeats, [&] {
    auto filtered = query;
    filtered.region = "Region 7";
    engine.overview(db, hr, filtered);
  });
  report_timing("overview manager (5 stores), week, warm", repeats, [&] { engine.overview(db, manager, query); });
  report_timing("alerts HR, week, warm", repeats / 4, [&] { engine.alerts(db, hr, query); });
  report_timing("location page, week, 8 weeks of history", repeats, [&] { engine.location(db, hr, 101, query); });
  auto quarter = query;
  quarter.period = v1::PERIOD_QUARTER;
  engine.overview(db, hr, quarter);
  report_timing("overview HR, quarter, warm", repeats, [&] { engine.overview(db, hr, quarter); });
  std::printf("\n");
  report_memory("location page, week, 8 weeks of history", [&] { engine.location(db, hr, 101, query); });
  for (int history : {12, 24}) {
    auto long_history = quarter;
    long_history.history = history;
    std::string label = "location page, quarter, " + std::to_string(history) + " quarters of history";
    report_memory(label.c_str(), [&] { engine.location(db, hr, 101, long_history); });
  }
  for (auto period : {v1::PERIOD_WEEK, v1::PERIOD_QUARTER}) {
    auto cold = query;
    cold.period = period;
    cold.at = last_week - 1;
    std::string label = std::string("overview HR, ") + (period == v1::PERIOD_WEEK ? "week" : "quarter") +
                        ", cold, + JSON encoding";
    report_memory(label.c_str(), [&] { http::to_json(engine.overview(db, hr, cold)); });
  }
  report_memory("alerts HR, quarter", [&] { engine.alerts(db, hr, quarter); });
  {
    report_engine fresh_engine(5);
    report_memory("period figures of a quarter, cold", [&] { fresh_engine.period(db, quarter); });
    v1::OverviewReport message;
    report_memory("overview HR, quarter, message from them", [&] { message = fresh_engine.overview(db, hr, quarter); });
    report_memory("overview HR, quarter, its JSON encoding", [&] { auto text = http::to_json(message); });
    auto page = quarter;
    page.page.order.column = sort_column::chi;
    report_memory("overview page HR, quarter, rows, sorted, encoded", [&] {
      fresh_engine.overview_page_encoded(db, hr, page, false);
    });
    report_memory("  the same with Protobuf's JSON printer", [&] {
      std::string text;
      google::protobuf::util::JsonPrintOptions json_options;
      json_options.always_print_primitive_fields = true;
      (void)google::protobuf::util::MessageToJsonString(message, &text, json_options);
    });
  }

  auto overview = engine.overview(db, hr, query);
  std::string json;
  (void)google::protobuf::util::MessageToJsonString(overview, &json);
  std::printf("overview JSON size: %.1f MB, binary protobuf: %.1f MB\n", static_cast<double>(json.size()) / 1e6,
              static_cast<double>(overview.ByteSizeLong()) / 1e6);
  std::string zipped;
  report_timing("gzip of the overview's JSON (once per publication)", 5, [&] { zipped = http::gzip(json); });
  std::printf("overview JSON gzipped: %.2f MB\n", static_cast<double>(zipped.size()) / 1e6);

  // The CSV export as the server streams it (pieces of 100 stores, each gzipped as made), against
  // the whole overview, the whole text and its gzip that the route held before (period figures warm).
  auto stream_csv = [&](bool zip) {
    auto csv = engine.start_csv_export(db, hr, query);
    http::gzip_stream gzip;
    std::size_t bytes = 0;
    while (!csv->done()) {
      auto piece = csv->next();
      bytes += zip ? gzip.compress(piece, csv->done()).size() : piece.size();
    }
    return bytes;
  };
  std::printf("CSV export HR, week: %.1f MB, %.2f MB gzipped\n", static_cast<double>(stream_csv(false)) / 1e6,
              static_cast<double>(stream_csv(true)) / 1e6);
  report_timing("CSV export HR, week, streamed", 5, [&] { stream_csv(false); });
  report_timing("CSV export HR, week, streamed, gzip", 5, [&] { stream_csv(true); });
  report_memory("CSV export HR, week, streamed, gzip", [&] { stream_csv(true); });
  auto whole_csv = [&] {
    auto whole = engine.overview(db, hr, query);
    auto text = engine.export_csv(db, hr, query);
    auto gzipped = http::gzip(text);
  };
  report_timing("CSV export HR, week, whole overview + text + gzip", 5, whole_csv);
  report_memory("CSV export HR, week, whole overview + text + gzip", whole_csv);
  return 0;
}
