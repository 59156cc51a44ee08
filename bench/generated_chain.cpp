#include "bench/generated_chain.h"

#include "server/publication/publisher.h"
#include "server/reports/report_period.h"
#include "server/storage/migrator.h"
#include "storepulse/v1/kiosk.pb.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>

namespace storepulse::bench {
namespace {

using clock_type = std::chrono::steady_clock;

double ms_since(clock_type::time_point start) {
  return std::chrono::duration<double, std::milli>(clock_type::now() - start).count();
}

struct question_spec {
  const char* key;
  v1::Dimension dimension;
  v1::QuestionType type;
  bool core;
};

const question_spec questions[] = {
    {"values_decide", v1::DIMENSION_VALUES, v1::QUESTION_TYPE_AGREE5, true},
    {"empowerment_know_limit", v1::DIMENSION_EMPOWERMENT, v1::QUESTION_TYPE_AGREE5, true},
    {"recognition_noticed", v1::DIMENSION_RECOGNITION, v1::QUESTION_TYPE_AGREE5, true},
    {"empowerment_used_7d", v1::DIMENSION_EMPOWERMENT, v1::QUESTION_TYPE_YES_NO, true},
    {"empowerment_believed_limit", v1::DIMENSION_EMPOWERMENT, v1::QUESTION_TYPE_LIMIT_BAND, true},
    {"values_known", v1::DIMENSION_VALUES, v1::QUESTION_TYPE_AGREE5, false},
    {"values_example", v1::DIMENSION_VALUES, v1::QUESTION_TYPE_AGREE5, false},
    {"empowerment_trusted", v1::DIMENSION_EMPOWERMENT, v1::QUESTION_TYPE_AGREE5, false},
    {"recognition_formal", v1::DIMENSION_RECOGNITION, v1::QUESTION_TYPE_AGREE5, false},
    {"recognition_stories", v1::DIMENSION_RECOGNITION, v1::QUESTION_TYPE_AGREE5, false},
    {"leadership_walk_the_talk", v1::DIMENSION_LEADERSHIP, v1::QUESTION_TYPE_AGREE5, false},
    {"leadership_consistent", v1::DIMENSION_LEADERSHIP, v1::QUESTION_TYPE_AGREE5, false},
    {"collaboration_other_teams", v1::DIMENSION_COLLABORATION, v1::QUESTION_TYPE_AGREE5, false},
    {"collaboration_silos", v1::DIMENSION_COLLABORATION, v1::QUESTION_TYPE_AGREE5, false},
    {"enps_recommend", v1::DIMENSION_LEADERSHIP, v1::QUESTION_TYPE_SCALE_0_10, false},
};

int value_for(v1::QuestionType type, std::mt19937& random) {
  switch (type) {
    case v1::QUESTION_TYPE_YES_NO: return random() % 3 != 0 ? 1 : 0;
    case v1::QUESTION_TYPE_LIMIT_BAND: return static_cast<int>(random() % 4);
    case v1::QUESTION_TYPE_SCALE_0_10: return static_cast<int>(random() % 11);
    default: return 1 + static_cast<int>(std::min<unsigned>(4, random() % 4 + random() % 2));
  }
}

}  // namespace

std::size_t generated_question_count() { return std::size(questions); }

std::int64_t insert_generated_rollups(storage::database& db, int stores, int weeks, int last_week) {
  std::mt19937 random(42);
  std::int64_t answers = 0;
  storage::transaction tx(db);
  db.exec("INSERT INTO languages(code, position) VALUES ('en', 0)");
  for (std::size_t q = 0; q < std::size(questions); ++q) {
    db.prepare("INSERT INTO questions(id, key, dimension, type, core, limit_bands, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?1)")
        .bind(1, static_cast<std::int64_t>(q + 1))
        .bind(2, questions[q].key)
        .bind(3, static_cast<int>(questions[q].dimension))
        .bind(4, static_cast<int>(questions[q].type))
        .bind(5, questions[q].core ? 1 : 0)
        .bind(6, questions[q].type == v1::QUESTION_TYPE_LIMIT_BAND ? "1000,2500,5000" : "")
        .run();
  }
  auto location = db.prepare(
      "INSERT INTO locations(id, code, name, region, timezone, headcount, remediation_limit_minor, currency) "
      "VALUES (?1, ?2, ?3, ?4, 'Europe/Paris', ?5, 2500, 'EUR')");
  auto session = db.prepare("INSERT INTO rollup_sessions(location_id, iso_week, sessions, quarantined) VALUES (?1, ?2, ?3, 0)");
  auto answer = db.prepare(
      "INSERT INTO rollup_answers(location_id, question_id, iso_week, n, sum, sum_sq, h0, h1, h2, h3, h4, h5, h6, h7, "
      "h8, h9, h10) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)");
  auto remediation = db.prepare(
      "INSERT OR IGNORE INTO rollup_remediations(location_id, iso_week, category, amount_band, n) VALUES (?1, ?2, ?3, ?4, ?5)");
  for (int s = 1; s <= stores; ++s) {
    location.bind(1, s).bind(2, "S" + std::to_string(s)).bind(3, "Store " + std::to_string(s))
        .bind(4, "Region " + std::to_string((s - 1) % 50 + 1)).bind(5, 8 + static_cast<int>(random() % 20));
    location.run();
  }
  for (int w = last_week - weeks + 1; w <= last_week; ++w) {
    int yyyyww = reports::week_yyyyww(w);
    for (int s = 1; s <= stores; ++s) {
      int sessions = 3 + static_cast<int>(random() % 8);
      session.bind(1, s).bind(2, yyyyww).bind(3, sessions);
      session.run();
      for (std::size_t q = 0; q < std::size(questions); ++q) {
        // Core items in every session; each session also answers two of the ten rotating ones.
        int n = questions[q].core ? sessions : std::max(1, static_cast<int>((random() % (2 * sessions + 1)) / 5));
        std::int64_t h[11] = {};
        std::int64_t sum = 0, sum_sq = 0;
        for (int i = 0; i < n; ++i) {
          int v = value_for(questions[q].type, random);
          ++h[v];
          sum += v;
          sum_sq += v * v;
        }
        answers += n;
        answer.bind(1, s).bind(2, static_cast<std::int64_t>(q + 1)).bind(3, yyyyww).bind(4, n).bind(5, sum).bind(6, sum_sq);
        for (int v = 0; v <= 10; ++v) answer.bind(7 + v, h[v]);
        answer.run();
      }
      if (random() % 2 == 0) {
        remediation.bind(1, s).bind(2, yyyyww).bind(3, 1 + static_cast<int>(random() % 5))
            .bind(4, 1 + static_cast<int>(random() % 4)).bind(5, 1 + static_cast<int>(random() % 3));
        remediation.run();
      }
    }
  }
  tx.commit();
  return answers;
}

void ensure_generated_chain(const std::string& path, int stores, int weeks, bool rebuild) {
  const int last_week = *reports::week_index(generated_chain_last_week);
  if (rebuild) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  }
  bool fresh = !std::filesystem::exists(path);
  storage::database db(path);
  storage::migrate(db);
  if (fresh) {
    auto start = clock_type::now();
    auto answers = insert_generated_rollups(db, stores, weeks, last_week);
    std::printf("built %s: %d stores x %d weeks x %zu questions, %lld answers represented, in %.1f s\n", path.c_str(),
                stores, weeks, std::size(questions), static_cast<long long>(answers), ms_since(start) / 1000);
    // Every week but the last closes (the Wednesday after it, past the 48-hour grace), then the
    // last one, as on a Wednesday morning at a chain where every store is in one timezone.
    auto publish_at = [&](int week) {
      std::int64_t now = static_cast<std::int64_t>(week * 7 + 6) * 86400;
      auto begin = clock_type::now();
      storage::transaction tx(db);
      auto run = publication::publish(db, now, {});
      tx.commit();
      return std::pair{run, ms_since(begin)};
    };
    auto [history, history_ms] = publish_at(last_week - 1);
    std::printf("first publication of %d weeks: %d blocks in %.1f s\n", weeks - 1, history.blocks_published,
                history_ms / 1000);
    auto [weekly, weekly_ms] = publish_at(last_week);
    std::printf("a week closing at every store: %d blocks in %.1f s\n", weekly.blocks_published, weekly_ms / 1000);
    start = clock_type::now();
    storage::transaction again(db);
    publication::publish(db, static_cast<std::int64_t>(last_week * 7 + 6) * 86400, {});
    again.commit();
    std::printf("a publication run with nothing new: %.1f ms\n", ms_since(start));
  }
  db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

}  // namespace storepulse::bench
