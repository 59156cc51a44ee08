#pragma once

#include "server/publication/publisher.h"
#include "server/reports/report_period.h"
#include "server/storage/database.h"
#include "server/storage/migrator.h"

#include <array>
#include <cstdint>
#include <filesystem>
#include <random>
#include <string>

namespace storepulse::reports::testing {

// A fresh, migrated SQLite file in the temp directory, removed at the end.
class report_db {
 public:
  report_db() {
    static std::mt19937_64 random{std::random_device{}()};
    path_ = (std::filesystem::temp_directory_path() / ("storepulse-reports-" + std::to_string(random()) + ".db")).string();
    db_ = std::make_unique<storage::database>(path_);
    storage::migrate(*db_);
  }
  ~report_db() {
    db_.reset();
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
  }
  report_db(const report_db&) = delete;
  report_db& operator=(const report_db&) = delete;

  storage::database& db() { return *db_; }
  const std::string& path() const { return path_; }

  // Adds a location; returns its id.
  std::int64_t add_location(const std::string& code, const std::string& region, std::int64_t headcount,
                            std::int64_t limit_minor = 2500) {
    db_->prepare("INSERT INTO locations(code, name, region, timezone, headcount, remediation_limit_minor, currency) "
                 "VALUES (?1, ?2, ?3, 'Europe/Paris', ?4, ?5, 'EUR')")
        .bind(1, code)
        .bind(2, "Store " + code)
        .bind(3, region)
        .bind(4, headcount)
        .bind(5, limit_minor)
        .run();
    return db_->last_insert_rowid();
  }

  // Adds a question; returns its id.
  std::int64_t add_question(const std::string& key, int dimension, int type, bool core = true,
                            bool reverse = false, const std::string& limit_bands = "") {
    db_->prepare("INSERT INTO questions(key, dimension, type, core, reverse_scored, limit_bands, position) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, (SELECT COUNT(*) FROM questions))")
        .bind(1, key)
        .bind(2, dimension)
        .bind(3, type)
        .bind(4, core ? 1 : 0)
        .bind(5, reverse ? 1 : 0)
        .bind(6, limit_bands)
        .run();
    auto id = db_->last_insert_rowid();
    db_->prepare("INSERT INTO question_texts(question_id, language, text) VALUES (?1, 'en', ?2)")
        .bind(1, id)
        .bind(2, "Text of " + key)
        .run();
    return id;
  }

  // Adds a rollup cell from a histogram of values 0..10 (n, sum and sum_sq follow from it).
  void add_answers(std::int64_t location, std::int64_t question, int week, const std::array<std::int64_t, 11>& h) {
    std::int64_t n = 0, sum = 0, sum_sq = 0;
    for (int v = 0; v <= 10; ++v) {
      n += h[static_cast<std::size_t>(v)];
      sum += v * h[static_cast<std::size_t>(v)];
      sum_sq += v * v * h[static_cast<std::size_t>(v)];
    }
    if (n == 0) return;
    auto stmt = db_->prepare(
        "INSERT INTO rollup_answers(location_id, question_id, iso_week, n, sum, sum_sq, h0, h1, h2, h3, h4, h5, h6, "
        "h7, h8, h9, h10) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)");
    stmt.bind(1, location).bind(2, question).bind(3, week_yyyyww(week)).bind(4, n).bind(5, sum).bind(6, sum_sq);
    for (int v = 0; v <= 10; ++v) stmt.bind(7 + v, h[static_cast<std::size_t>(v)]);
    stmt.run();
  }

  // Adds a session cell.
  void add_sessions(std::int64_t location, int week, std::int64_t sessions, std::int64_t quarantined = 0) {
    if (sessions == 0 && quarantined == 0) return;
    db_->prepare("INSERT INTO rollup_sessions(location_id, iso_week, sessions, quarantined) VALUES (?1, ?2, ?3, ?4)")
        .bind(1, location)
        .bind(2, week_yyyyww(week))
        .bind(3, sessions)
        .bind(4, quarantined)
        .run();
  }

  // Adds remediation events.
  void add_remediations(std::int64_t location, int week, int category, int band, std::int64_t n) {
    if (n == 0) return;
    db_->prepare("INSERT INTO rollup_remediations(location_id, iso_week, category, amount_band, n) "
                 "VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind(1, location)
        .bind(2, week_yyyyww(week))
        .bind(3, category)
        .bind(4, band)
        .bind(5, n)
        .run();
  }

  // Publishes every week up to and including week (a dense index), as the server does once it
  // has ended: the run happens at noon UTC on the Monday after, with no grace period.
  publication::publication_run publish_through(int week, int k = 5) {
    std::int64_t now = (static_cast<std::int64_t>(week) * 7 + 4) * 86400 + 12 * 3600;
    storage::transaction tx(*db_);
    auto run = publication::publish(*db_, now, {k, 0});
    tx.commit();
    return run;
  }

 private:
  std::string path_;
  std::unique_ptr<storage::database> db_;
};

// Returns the dense index of an ISO week YYYYWW that must exist.
inline int week(int yyyyww) { return *week_index(yyyyww); }

}  // namespace storepulse::reports::testing
