#include "server/ingest/rollup_accumulator.h"

#include <algorithm>

namespace storepulse::ingest {

void rollup_accumulator::add_answer(std::int64_t location_id, std::int64_t question_id, int iso_week, int value) {
  auto& cell = answers_[{iso_week, location_id, question_id}];
  ++cell.n;
  cell.sum += value;
  cell.sum_sq += static_cast<std::int64_t>(value) * value;
  ++cell.histogram[static_cast<std::size_t>(std::clamp(value, 0, 10))];
}

void rollup_accumulator::add_session(std::int64_t location_id, int iso_week, bool quarantined) {
  auto& cell = sessions_[{iso_week, location_id}];
  ++(quarantined ? cell.quarantined : cell.sessions);
}

void rollup_accumulator::add_remediation(std::int64_t location_id, int iso_week, int category, int amount_band) {
  ++remediations_[{iso_week, location_id, category, amount_band}];
}

void rollup_accumulator::merge(const rollup_accumulator& other) {
  for (const auto& [key, cell] : other.answers_) {
    auto& mine = answers_[key];
    mine.n += cell.n;
    mine.sum += cell.sum;
    mine.sum_sq += cell.sum_sq;
    for (std::size_t i = 0; i < mine.histogram.size(); ++i) mine.histogram[i] += cell.histogram[i];
  }
  for (const auto& [key, cell] : other.sessions_) {
    auto& mine = sessions_[key];
    mine.sessions += cell.sessions;
    mine.quarantined += cell.quarantined;
  }
  for (const auto& [key, n] : other.remediations_) remediations_[key] += n;
}

bool rollup_accumulator::empty() const { return answers_.empty() && sessions_.empty() && remediations_.empty(); }

void rollup_accumulator::flush(storage::database& db) {
  if (!answers_.empty()) {
    auto& upsert = db.cached(
        "INSERT INTO rollup_answers(iso_week, location_id, question_id, n, sum, sum_sq,"
        " h0, h1, h2, h3, h4, h5, h6, h7, h8, h9, h10)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
        " ON CONFLICT(iso_week, location_id, question_id) DO UPDATE SET"
        " n = n + excluded.n, sum = sum + excluded.sum, sum_sq = sum_sq + excluded.sum_sq,"
        " h0 = h0 + excluded.h0, h1 = h1 + excluded.h1, h2 = h2 + excluded.h2, h3 = h3 + excluded.h3,"
        " h4 = h4 + excluded.h4, h5 = h5 + excluded.h5, h6 = h6 + excluded.h6, h7 = h7 + excluded.h7,"
        " h8 = h8 + excluded.h8, h9 = h9 + excluded.h9, h10 = h10 + excluded.h10");
    for (const auto& [key, cell] : answers_) {
      const auto& [week, location, question] = key;
      upsert.bind(1, week).bind(2, location).bind(3, question).bind(4, cell.n).bind(5, cell.sum).bind(6, cell.sum_sq);
      for (int i = 0; i < 11; ++i) upsert.bind(7 + i, cell.histogram[static_cast<std::size_t>(i)]);
      upsert.run();
    }
  }
  if (!sessions_.empty()) {
    auto& upsert = db.cached(
        "INSERT INTO rollup_sessions(iso_week, location_id, sessions, quarantined) VALUES (?,?,?,?)"
        " ON CONFLICT(iso_week, location_id) DO UPDATE SET"
        " sessions = sessions + excluded.sessions, quarantined = quarantined + excluded.quarantined");
    for (const auto& [key, cell] : sessions_) {
      upsert.bind(1, std::get<0>(key)).bind(2, std::get<1>(key)).bind(3, cell.sessions).bind(4, cell.quarantined).run();
    }
  }
  if (!remediations_.empty()) {
    auto& upsert = db.cached(
        "INSERT INTO rollup_remediations(iso_week, location_id, category, amount_band, n) VALUES (?,?,?,?,?)"
        " ON CONFLICT(iso_week, location_id, category, amount_band) DO UPDATE SET n = n + excluded.n");
    for (const auto& [key, n] : remediations_) {
      const auto& [week, location, category, band] = key;
      upsert.bind(1, week).bind(2, location).bind(3, category).bind(4, band).bind(5, n).run();
    }
  }
  answers_.clear();
  sessions_.clear();
  remediations_.clear();
}

}  // namespace storepulse::ingest
