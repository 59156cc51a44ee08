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

namespace {

// Adds one cell to its rollup row: updated in place, and inserted only when the update found no
// row; most cells exist already, and an update seeks its row once where an upsert seeks it twice.
// bind sets the parameters, which both statements number alike.
template <typename Bind>
void add_to_row(storage::database& db, const char* update_sql, const char* insert_sql, Bind&& bind) {
  bind(db.cached(update_sql)).run();
  if (db.changes() == 0) bind(db.cached(insert_sql)).run();
}

}  // namespace

void rollup_accumulator::flush(storage::database& db) {
  // Named copies rather than structured bindings, which lambdas may capture only from C++20
  // compilers newer than clang 14.
  for (const auto& entry : answers_) {
    const auto& cell = entry.second;
    const int week = std::get<0>(entry.first);
    const std::int64_t location = std::get<1>(entry.first), question = std::get<2>(entry.first);
    add_to_row(db,
               "UPDATE rollup_answers SET n = n + ?4, sum = sum + ?5, sum_sq = sum_sq + ?6,"
               " h0 = h0 + ?7, h1 = h1 + ?8, h2 = h2 + ?9, h3 = h3 + ?10, h4 = h4 + ?11, h5 = h5 + ?12,"
               " h6 = h6 + ?13, h7 = h7 + ?14, h8 = h8 + ?15, h9 = h9 + ?16, h10 = h10 + ?17"
               " WHERE iso_week = ?1 AND location_id = ?2 AND question_id = ?3",
               "INSERT INTO rollup_answers(iso_week, location_id, question_id, n, sum, sum_sq,"
               " h0, h1, h2, h3, h4, h5, h6, h7, h8, h9, h10)"
               " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17)",
               [&](storage::statement& stmt) -> storage::statement& {
                 stmt.bind(1, week).bind(2, location).bind(3, question).bind(4, cell.n).bind(5, cell.sum);
                 stmt.bind(6, cell.sum_sq);
                 for (int i = 0; i < 11; ++i) stmt.bind(7 + i, cell.histogram[static_cast<std::size_t>(i)]);
                 return stmt;
               });
  }
  for (const auto& entry : sessions_) {
    const auto& cell = entry.second;
    const int week = std::get<0>(entry.first);
    const std::int64_t location = std::get<1>(entry.first);
    add_to_row(db,
               "UPDATE rollup_sessions SET sessions = sessions + ?3, quarantined = quarantined + ?4"
               " WHERE iso_week = ?1 AND location_id = ?2",
               "INSERT INTO rollup_sessions(iso_week, location_id, sessions, quarantined) VALUES (?1,?2,?3,?4)",
               [&](storage::statement& stmt) -> storage::statement& {
                 return stmt.bind(1, week).bind(2, location).bind(3, cell.sessions).bind(4, cell.quarantined);
               });
  }
  for (const auto& entry : remediations_) {
    const std::int64_t n = entry.second;
    const int week = std::get<0>(entry.first), category = std::get<2>(entry.first), band = std::get<3>(entry.first);
    const std::int64_t location = std::get<1>(entry.first);
    add_to_row(db,
               "UPDATE rollup_remediations SET n = n + ?5"
               " WHERE iso_week = ?1 AND location_id = ?2 AND category = ?3 AND amount_band = ?4",
               "INSERT INTO rollup_remediations(iso_week, location_id, category, amount_band, n)"
               " VALUES (?1,?2,?3,?4,?5)",
               [&](storage::statement& stmt) -> storage::statement& {
                 return stmt.bind(1, week).bind(2, location).bind(3, category).bind(4, band).bind(5, n);
               });
  }
  answers_.clear();
  sessions_.clear();
  remediations_.clear();
}

}  // namespace storepulse::ingest
