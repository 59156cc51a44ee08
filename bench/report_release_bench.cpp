// Reports right after a publication at 5,000 stores, with uploads arriving meanwhile: on a copy of
// the report benchmark's generated chain (built when missing), a thread stores
// submissions at a steady rate while late groups are released at one store at a time and weeks
// close at every store. Prints the latency of the first requests after each publication, per
// report kind and period: waiting for the new figures (--report-max-staleness 0) and answered
// from the figures made before while the new ones are made on another thread (as the server does
// with a staleness allowance).
#include "bench/command_line.h"
#include "bench/generated_chain.h"
#include "server/publication/publisher.h"
#include "server/reports/report_engine.h"
#include "server/storage/database.h"
#include "server/storage/migrator.h"

#include <boost/program_options.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <functional>
#include <iostream>
#include <map>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace po = boost::program_options;
using namespace storepulse;
using namespace storepulse::reports;
using clock_type = std::chrono::steady_clock;

namespace {

const std::pair<v1::Period, const char*> periods[] = {
    {v1::PERIOD_WEEK, "week"}, {v1::PERIOD_ROLLING_4W, "4 weeks"}, {v1::PERIOD_MONTH, "month"}, {v1::PERIOD_QUARTER, "quarter"}};

double ms_since(clock_type::time_point start) {
  return std::chrono::duration<double, std::milli>(clock_type::now() - start).count();
}

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
  return values[std::min(index, values.size() - 1)];
}

void print_times(const std::string& what, const std::vector<double>& times) {
  std::printf("%-62s n=%-4zu p50 %8.2f ms  p99 %8.2f ms  max %8.2f ms\n", what.c_str(), times.size(),
              percentile(times, 0.5), percentile(times, 0.99), percentile(times, 1.0));
}

storage::open_options reader_options() {
  storage::open_options options;
  options.synchronous_full = false;
  return options;
}

// Stores one submission of five answers at a random store every 1/rate seconds, each in its own
// durable transaction, into the week still open, until stopped.
class upload_load {
 public:
  upload_load(const std::string& path, int week, double rate) : thread_([this, path, week, rate] { run(path, week, rate); }) {}
  ~upload_load() {
    stop_ = true;
    thread_.join();
  }
  int stored() const { return stored_; }
  int failed() const { return failed_; }
  std::string first_error() const {
    std::lock_guard lock(mutex_);
    return first_error_;
  }

 private:
  void run(const std::string& path, int week, double rate) {
    // The server's uploads queue behind a publication run in its writer; these wait for its lock.
    storage::open_options options;
    options.busy_timeout_ms = 60'000;
    storage::database db(path, options);
    std::mt19937 random(7);
    // As the server's rollups are written: an update, else an insert (an upsert would override
    // the late-week triggers' OR IGNORE).
    auto add_session = db.prepare("UPDATE rollup_sessions SET sessions = sessions + 1 WHERE location_id = ?1 AND iso_week = ?2");
    auto new_session = db.prepare("INSERT INTO rollup_sessions(location_id, iso_week, sessions, quarantined) VALUES (?1, ?2, 1, 0)");
    auto add_answer = db.prepare(
        "UPDATE rollup_answers SET n = n + 1, sum = sum + 1, sum_sq = sum_sq + 1, h1 = h1 + 1"
        " WHERE location_id = ?1 AND question_id = ?2 AND iso_week = ?3");
    auto new_answer = db.prepare(
        "INSERT INTO rollup_answers(location_id, question_id, iso_week, n, sum, sum_sq, h1) VALUES (?1, ?2, ?3, 1, 1, 1, 1)");
    const auto interval = std::chrono::duration<double>(1.0 / rate);
    auto next = clock_type::now();
    while (!stop_) {
      next += std::chrono::duration_cast<clock_type::duration>(interval);
      std::this_thread::sleep_until(next);
      const int store = 1 + static_cast<int>(random() % 5000);
      try {
        storage::transaction tx(db);
        add_session.bind(1, store).bind(2, week_yyyyww(week)).run();
        if (db.changes() == 0) new_session.bind(1, store).bind(2, week_yyyyww(week)).run();
        for (int question = 1; question <= 5; ++question) {
          add_answer.bind(1, store).bind(2, question).bind(3, week_yyyyww(week)).run();
          if (db.changes() == 0) new_answer.bind(1, store).bind(2, question).bind(3, week_yyyyww(week)).run();
        }
        tx.commit();
        ++stored_;
      } catch (const std::exception& e) {
        if (failed_++ == 0) {
          std::lock_guard lock(mutex_);
          first_error_ = e.what();
        }
      }
    }
  }

  std::atomic<bool> stop_{false};
  std::atomic<int> stored_{0}, failed_{0};
  mutable std::mutex mutex_;
  std::string first_error_;
  std::thread thread_;
};

// Runs the engine's background jobs one after another on a thread with its own connection, as
// one of the server's reader threads would.
class thread_runner {
 public:
  explicit thread_runner(const std::string& path) : thread_([this, path] { work(path); }) {}
  ~thread_runner() {
    {
      std::lock_guard lock(mutex_);
      stop_ = true;
    }
    wake_.notify_one();
    thread_.join();
  }
  bool run(std::function<void(storage::database&)> job) {
    {
      std::lock_guard lock(mutex_);
      jobs_.push_back(std::move(job));
    }
    wake_.notify_one();
    return true;
  }

 private:
  void work(const std::string& path) {
    storage::database db(path, reader_options());
    for (;;) {
      std::function<void(storage::database&)> job;
      {
        std::unique_lock lock(mutex_);
        wake_.wait(lock, [this] { return stop_ || !jobs_.empty(); });
        if (jobs_.empty()) return;
        job = std::move(jobs_.front());
        jobs_.pop_front();
      }
      job(db);
    }
  }

  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::function<void(storage::database&)>> jobs_;
  bool stop_ = false;
  std::thread thread_;
};

std::int64_t end_of_week(int week) { return static_cast<std::int64_t>(week * 7 + 6) * 86400; }

// Publishes as the server's writer does; returns its time in ms.
double publish(storage::database& db, std::int64_t now) {
  auto start = clock_type::now();
  storage::transaction tx(db);
  publication::publish(db, now, {5, 48 * 3600});
  tx.commit();
  return ms_since(start);
}

// Copies a closed week's rollups of every store into the week after it, for it to close.
void fill_week(storage::database& db, int from, int to) {
  storage::transaction tx(db);
  for (const char* sql :
       {"INSERT INTO rollup_sessions(location_id, iso_week, sessions, quarantined) SELECT location_id, ?2, sessions,"
        " quarantined FROM rollup_sessions WHERE iso_week = ?1 ON CONFLICT(iso_week, location_id) DO UPDATE SET"
        " sessions = sessions + excluded.sessions",
        "INSERT INTO rollup_answers(location_id, question_id, iso_week, n, sum, sum_sq, h0, h1, h2, h3, h4, h5, h6, h7, h8,"
        " h9, h10) SELECT location_id, question_id, ?2, n, sum, sum_sq, h0, h1, h2, h3, h4, h5, h6, h7, h8, h9, h10"
        " FROM rollup_answers WHERE iso_week = ?1 ON CONFLICT(iso_week, location_id, question_id) DO UPDATE SET"
        " n = n + excluded.n, sum = sum + excluded.sum, sum_sq = sum_sq + excluded.sum_sq, h1 = h1 + excluded.n",
        "INSERT OR IGNORE INTO rollup_remediations(location_id, iso_week, category, amount_band, n) SELECT location_id,"
        " ?2, category, amount_band, n FROM rollup_remediations WHERE iso_week = ?1"})
    db.prepare(sql).bind(1, week_yyyyww(from)).bind(2, week_yyyyww(to)).run();
  tx.commit();
}

}  // namespace

int main(int argc, char** argv) {
  std::string path;
  int releases = 20;
  double rate = 100;
  po::options_description options("storepulse-report-release-bench: reports right after publications, under uploads");
  options.add_options()("help", "show this help")(
      "db", po::value(&path)->default_value("/tmp/storepulse-report-bench.db"),
      "the report benchmark's generated chain (built when missing; copied, never changed)")(
      "releases", po::value(&releases)->default_value(20), "late groups released, one store at a time")(
      "rate", po::value(&rate)->default_value(100), "submissions stored per second meanwhile");
  po::variables_map vm;
  if (auto stop = bench::read_command_line(argc, argv, options, vm)) return *stop;
  bench::ensure_generated_chain(path, 5000, 52, false);
  const std::string copy = path + ".release";
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(copy + suffix);
  std::filesystem::copy_file(path, copy);
  {
    storage::database db(copy);
    storage::migrate(db);
  }
  storage::database writer(copy);
  storage::database reader(copy, reader_options());
  const int last_week = *last_published_week(reader);
  auth::principal hr;
  hr.user_role = auth::role::hr_admin;
  std::printf("%s: 5,000 stores, last week published %s; uploads at %.0f submissions/s into the week after it\n",
              copy.c_str(), week_text(last_week).c_str(), rate);

  upload_load uploads(copy, last_week + 1, rate);

  // Late groups released at one store at a time: only that store is read again. The first
  // requests after each release, by an engine that waits for the new figures and by one that
  // answers the figures it has while the new ones are made on another thread.
  {
    thread_runner runner(copy);
    report_engine waiting(5);
    auto allowed = std::make_shared<report_engine>(5, 3, std::chrono::seconds{60});
    allowed->run_in_background([&runner](std::function<void(storage::database&)> job) { return runner.run(std::move(job)); });
    for (const auto& [period, name] : periods) {
      waiting.overview_page_encoded(reader, hr, dashboard_first_page(period), false);
      allowed->overview_page_encoded(reader, hr, dashboard_first_page(period), false);
    }
    std::map<std::string, std::vector<double>> times;
    std::vector<double> publications, fresh_after;
    for (int i = 0; i < releases; ++i) {
      const int store = 1 + (i * 397) % 5000;
      {
        storage::transaction tx(writer);
        for (const char* sql : {"UPDATE rollup_sessions SET sessions = sessions + 5 WHERE location_id = ?1 AND iso_week = ?2",
                                "UPDATE rollup_answers SET n = n + 5, sum = sum + 5, sum_sq = sum_sq + 5, h1 = h1 + 5"
                                " WHERE location_id = ?1 AND iso_week = ?2"})
          writer.prepare(sql).bind(1, store).bind(2, week_yyyyww(last_week - 1)).run();
        tx.commit();
      }
      publications.push_back(publish(writer, end_of_week(last_week) + 3600 + i));
      const auto published_at = clock_type::now();
      for (const auto& [period, name] : periods) {
        auto start = clock_type::now();
        allowed->overview_page_encoded(reader, hr, dashboard_first_page(period), false);
        times[std::string("allowance: HR overview page, ") + name].push_back(ms_since(start));
        start = clock_type::now();
        waiting.overview_page_encoded(reader, hr, dashboard_first_page(period), false);
        times[std::string("waiting: HR overview page, ") + name].push_back(ms_since(start));
      }
      auto page = dashboard_first_page(v1::PERIOD_ROLLING_4W);
      auto start = clock_type::now();
      waiting.location(reader, hr, store, page);
      times["waiting: its store page, 4 weeks, 8 periods of history"].push_back(ms_since(start));
      const auto version = data_version(reader);
      while (allowed->period(reader, dashboard_first_page(v1::PERIOD_QUARTER))->version != version)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
      fresh_after.push_back(ms_since(published_at));
    }
    std::printf("\nA late group released at one store (%d times), then the first request of each kind:\n", releases);
    print_times("publication run (the writer)", publications);
    for (const auto& [what, values] : times) print_times(what, values);
    print_times("allowance: the new figures answered, after the publication", fresh_after);
  }

  // A week closes at every store; the first requests wait for the new figures.
  {
    report_engine engine(5);
    for (const auto& [period, name] : periods) engine.overview_page_encoded(reader, hr, dashboard_first_page(period), false);
    fill_week(writer, last_week, last_week + 1);
    std::printf("\nA week closing at every store: publication run %.0f ms\n",
                publish(writer, end_of_week(last_week + 1) + 2 * 86400 + 3600));
    for (const auto& [period, name] : periods) {
      auto start = clock_type::now();
      engine.overview_page_encoded(reader, hr, dashboard_first_page(period), false);
      print_times(std::string("first HR overview page after it, waiting, ") + name, {ms_since(start)});
    }
    auto start = clock_type::now();
    engine.location(reader, hr, 101, dashboard_first_page(v1::PERIOD_ROLLING_4W));
    print_times("a store page after them, 4 weeks", {ms_since(start)});
  }

  // The next week closes the same way, with a staleness allowance: requests keep coming (every
  // 20 ms, the periods and a store page in turn) and are answered from the figures made before
  // while the new ones are made on other threads, started by the publication as the server does.
  {
    thread_runner runner(copy);
    auto engine = std::make_shared<report_engine>(5, 3, std::chrono::seconds{60});
    engine->run_in_background([&runner](std::function<void(storage::database&)> job) { return runner.run(std::move(job)); });
    engine->prepare(reader);
    fill_week(writer, last_week, last_week + 2);
    auto published_at = clock_type::now();
    std::printf("\nThe next week closing, with a staleness allowance: publication run %.0f ms\n",
                publish(writer, end_of_week(last_week + 2) + 2 * 86400 + 3600));
    published_at = clock_type::now();
    engine->prepare_in_background();
    std::map<std::string, std::vector<double>> times;
    std::map<v1::Period, double> fresh_after;
    for (int i = 0; fresh_after.size() < std::size(periods) || i < 250; ++i) {
      const auto& [period, name] = periods[static_cast<std::size_t>(i) % std::size(periods)];
      auto start = clock_type::now();
      auto query = dashboard_first_page(period);
      if (i % 5 == 4) {
        engine->location(reader, hr, 1 + i % 5000, query);
        times[std::string("store page, ") + name].push_back(ms_since(start));
      } else {
        engine->overview_page_encoded(reader, hr, query, false);
        times[std::string("HR overview page, ") + name].push_back(ms_since(start));
      }
      if (!fresh_after.count(period) && engine->period(reader, query)->window.at == last_week + 2)
        fresh_after[period] = ms_since(published_at);
      std::this_thread::sleep_until(start + std::chrono::milliseconds(20));
      if (i > 5000) break;
    }
    for (const auto& [what, values] : times) print_times(what, values);
    for (const auto& [period, name] : periods)
      std::printf("%-62s %8.0f ms after the publication\n", (std::string("new figures answered, ") + name).c_str(),
                  fresh_after.count(period) ? fresh_after[period] : -1.0);
  }
  std::printf("\nuploads stored meanwhile: %d (%d failed%s%s)\n", uploads.stored(), uploads.failed(),
              uploads.failed() > 0 ? ", the first with: " : "", uploads.first_error().c_str());
  return 0;
}
