#include "server/publication/block_store.h"

#include "server/reports/report_period.h"

#include <algorithm>

namespace storepulse::publication {
namespace {

using reports::week_index;
using reports::week_yyyyww;

constexpr const char* block_columns =
    "series, question_id, first_week, last_week, published_on, revised_on, n, sum, sum_sq, cells, held_back";

block_row read_row(storage::statement& stmt) {
  block_row row;
  row.first = week_index(stmt.column_int(2)).value_or(0);
  row.last = week_index(stmt.column_int(3)).value_or(0);
  row.published = !stmt.column_is_null(4);
  if (row.published) row.published_on = stmt.column_text(4);
  if (!stmt.column_is_null(5)) row.revised_on = stmt.column_text(5);
  row.content.n = stmt.column_int64(6);
  row.content.sum = stmt.column_int64(7);
  row.content.sum_sq = stmt.column_int64(8);
  if (!stmt.column_is_null(9)) row.content.cells = decode_cells(stmt.column_blob(9));
  row.held_back = stmt.column_int64(10);
  return row;
}

series_content& week_of(store_weeks& weeks, const series_id& id, std::size_t span, int offset) {
  auto& series = weeks[id];
  if (series.empty()) series.resize(span);
  return series[static_cast<std::size_t>(offset)];
}

void bind_text_or_null(storage::statement& stmt, int index, const std::string& text) {
  if (text.empty())
    stmt.bind_null(index);
  else
    stmt.bind(index, text);
}

}  // namespace

store_blocks load_blocks(storage::database& db, std::int64_t location_id, int from_week) {
  store_blocks blocks;
  auto read = [&](storage::statement& stmt) {
    while (stmt.step()) {
      series_id id{static_cast<series_kind>(stmt.column_int(0)), stmt.column_int64(1)};
      auto row = read_row(stmt);
      auto& rows = blocks[id];
      // A held block ending after from_week comes in both queries.
      if (!row.published && std::find(rows.begin(), rows.end(), row) != rows.end()) continue;
      rows.push_back(std::move(row));
    }
  };
  auto held = db.prepare(std::string("SELECT ") + block_columns +
                         " FROM blocks WHERE location_id = ? AND published_on IS NULL");
  held.bind(1, location_id);
  read(held);
  auto recent = db.prepare(std::string("SELECT ") + block_columns +
                           " FROM blocks WHERE location_id = ? AND last_week >= ? AND published_on IS NOT NULL");
  recent.bind(1, location_id).bind(2, week_yyyyww(from_week));
  read(recent);
  for (auto& [id, rows] : blocks)
    std::sort(rows.begin(), rows.end(), [](const block_row& a, const block_row& b) { return a.first < b.first; });
  return blocks;
}

store_weeks load_weeks(storage::database& db, std::int64_t location_id, int from, int to) {
  store_weeks weeks;
  if (to < from) return weeks;
  const auto span = static_cast<std::size_t>(to - from + 1);
  auto offset_of = [&](int yyyyww) {
    auto week = week_index(yyyyww);
    return week && *week >= from && *week <= to ? *week - from : -1;
  };
  auto answers = db.prepare(
      "SELECT iso_week, question_id, n, sum, sum_sq, h0, h1, h2, h3, h4, h5, h6, h7, h8, h9, h10 FROM rollup_answers"
      " WHERE location_id = ?1 AND iso_week BETWEEN ?2 AND ?3");
  answers.bind(1, location_id).bind(2, week_yyyyww(from)).bind(3, week_yyyyww(to));
  while (answers.step()) {
    int at = offset_of(answers.column_int(0));
    if (at < 0) continue;
    auto& week = week_of(weeks, {series_kind::answers, answers.column_int64(1)}, span, at);
    week.n = answers.column_int64(2);
    week.sum = answers.column_int64(3);
    week.sum_sq = answers.column_int64(4);
    week.cells.resize(11);
    for (int h = 0; h < 11; ++h) week.cells[static_cast<std::size_t>(h)] = answers.column_int64(5 + h);
  }
  auto sessions = db.prepare(
      "SELECT iso_week, sessions, quarantined FROM rollup_sessions WHERE location_id = ?1 AND iso_week BETWEEN ?2 AND ?3");
  sessions.bind(1, location_id).bind(2, week_yyyyww(from)).bind(3, week_yyyyww(to));
  while (sessions.step()) {
    int at = offset_of(sessions.column_int(0));
    if (at < 0) continue;
    if (auto n = sessions.column_int64(1)) week_of(weeks, {series_kind::sessions, 0}, span, at).n = n;
    if (auto n = sessions.column_int64(2)) week_of(weeks, {series_kind::quarantined, 0}, span, at).n = n;
  }
  auto remediations = db.prepare(
      "SELECT iso_week, category, amount_band, n FROM rollup_remediations"
      " WHERE location_id = ?1 AND iso_week BETWEEN ?2 AND ?3");
  remediations.bind(1, location_id).bind(2, week_yyyyww(from)).bind(3, week_yyyyww(to));
  while (remediations.step()) {
    int at = offset_of(remediations.column_int(0));
    int category = remediations.column_int(1), band = remediations.column_int(2);
    if (at < 0 || category < 0 || category >= remediation_categories || band < 0 || band >= amount_bands) continue;
    auto& week = week_of(weeks, {series_kind::remediations, 0}, span, at);
    week.cells.resize(remediation_cells);
    auto n = remediations.column_int64(3);
    week.cells[static_cast<std::size_t>(remediation_cell(category, band))] += n;
    week.n += n;
  }
  return weeks;
}

void save_changes(storage::database& db, std::int64_t location_id, const series_id& series,
                  const series_changes& changes) {
  auto& remove = db.cached(
      "DELETE FROM blocks WHERE location_id = ?1 AND last_week = ?2 AND series = ?3 AND question_id = ?4");
  for (const auto& row : changes.removed)
    remove.bind(1, location_id).bind(2, week_yyyyww(row.last)).bind(3, static_cast<int>(series.kind)).bind(4, series.question_id).run();
  // Published blocks are updated in place and new ones inserted: a new block that met an existing
  // one would fail the run rather than replace it.
  auto& update = db.cached(
      "UPDATE blocks SET revised_on = ?5, n = ?6, sum = ?7, sum_sq = ?8, cells = ?9, held_back = ?10"
      " WHERE location_id = ?1 AND last_week = ?2 AND series = ?3 AND question_id = ?4 AND first_week = ?11"
      " AND published_on IS NOT NULL");
  for (const auto& row : changes.updated) {
    update.bind(1, location_id).bind(2, week_yyyyww(row.last)).bind(3, static_cast<int>(series.kind));
    update.bind(4, series.question_id);
    bind_text_or_null(update, 5, row.revised_on);
    update.bind(6, row.content.n).bind(7, row.content.sum).bind(8, row.content.sum_sq);
    update.bind_blob(9, encode_cells(row.content.cells)).bind(10, row.held_back).bind(11, week_yyyyww(row.first));
    update.run();
    if (db.changes() != 1) throw storage::sqlite_error(SQLITE_CONSTRAINT, "a published block to update is missing");
  }
  auto& insert = db.cached(
      "INSERT INTO blocks(location_id, last_week, series, question_id, first_week, published_on, revised_on,"
      " n, sum, sum_sq, cells, held_back) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
  for (const auto& row : changes.added) {
    insert.bind(1, location_id).bind(2, week_yyyyww(row.last)).bind(3, static_cast<int>(series.kind));
    insert.bind(4, series.question_id).bind(5, week_yyyyww(row.first));
    bind_text_or_null(insert, 6, row.published_on);
    bind_text_or_null(insert, 7, row.revised_on);
    insert.bind(8, row.content.n).bind(9, row.content.sum).bind(10, row.content.sum_sq);
    insert.bind_blob(11, encode_cells(row.content.cells)).bind(12, row.held_back);
    insert.run();
  }
}

}  // namespace storepulse::publication
