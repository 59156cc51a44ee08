#include "server/reports/window_aggregate.h"

#include "server/publication/series_content.h"

#include <algorithm>
#include <unordered_map>

namespace storepulse::reports {

void answer_stats::add(const answer_stats& other) {
  n += other.n;
  sum += other.sum;
  sum_sq += other.sum_sq;
  for (std::size_t i = 0; i < histogram.size(); ++i) histogram[i] += other.histogram[i];
}

void store_aggregate::add(const store_aggregate& other) {
  if (questions.size() < other.questions.size()) {
    questions.resize(other.questions.size());
    raw_question_n.resize(other.questions.size());
  }
  for (std::size_t q = 0; q < other.questions.size(); ++q) {
    questions[q].add(other.questions[q]);
    raw_question_n[q] += other.raw_question_n[q];
  }
  sessions += other.sessions;
  raw_sessions += other.raw_sessions;
  session_staff_weeks += other.session_staff_weeks;
  quarantined += other.quarantined;
  raw_quarantined += other.raw_quarantined;
  for (std::size_t c = 0; c < remediation.size(); ++c)
    for (std::size_t b = 0; b < remediation[c].size(); ++b) remediation[c][b] += other.remediation[c][b];
  remediation_events += other.remediation_events;
  session_weeks = std::max(session_weeks, other.session_weeks);
  open_weeks = std::max(open_weeks, other.open_weeks);
  revised_on = std::max(revised_on, other.revised_on);
  raw_remediation_events += other.raw_remediation_events;
  remediation_staff_weeks += other.remediation_staff_weeks;
}

namespace {

// Maps location ids to the slots of the aggregates asked for; ids are small integers in practice.
class location_lookup {
 public:
  location_lookup(const report_catalog& catalog, std::span<const int> members) {
    std::int64_t max_id = 0;
    for (auto s : members) max_id = std::max(max_id, catalog.locations[static_cast<std::size_t>(s)].id);
    if (max_id < 50'000'000) dense_.assign(static_cast<std::size_t>(max_id + 1), -1);
    for (std::size_t slot = 0; slot < members.size(); ++slot) {
      auto id = catalog.locations[static_cast<std::size_t>(members[slot])].id;
      if (!dense_.empty() && id >= 0) dense_[static_cast<std::size_t>(id)] = static_cast<int>(slot);
      else sparse_[id] = static_cast<int>(slot);
    }
  }
  int find(std::int64_t id) const {
    if (id >= 0 && id < static_cast<std::int64_t>(dense_.size())) return dense_[static_cast<std::size_t>(id)];
    auto it = sparse_.find(id);
    return it == sparse_.end() ? -1 : it->second;
  }

 private:
  std::vector<int> dense_;
  std::unordered_map<std::int64_t, int> sparse_;
};

// Adds one block's content to an aggregate: to what is published when it lies wholly inside the
// window, and to the raw_ counts either way.
void add_block(store_aggregate& agg, publication::series_kind kind, int question, const publication::series_content& c,
               bool inside) {
  using publication::series_kind;
  switch (kind) {
    case series_kind::answers: {
      auto q = static_cast<std::size_t>(question);
      agg.raw_question_n[q] += c.n;
      if (!inside) return;
      auto& stats = agg.questions[q];
      stats.n += c.n;
      stats.sum += c.sum;
      stats.sum_sq += c.sum_sq;
      for (std::size_t h = 0; h < stats.histogram.size() && h < c.cells.size(); ++h) stats.histogram[h] += c.cells[h];
      return;
    }
    case series_kind::sessions:
      agg.raw_sessions += c.n;
      if (inside) agg.sessions += c.n;
      return;
    case series_kind::quarantined:
      agg.raw_quarantined += c.n;
      if (inside) agg.quarantined += c.n;
      return;
    case series_kind::remediations:
      agg.raw_remediation_events += c.n;
      if (!inside) return;
      agg.remediation_events += c.n;
      for (int category = 0; category < publication::remediation_categories; ++category)
        for (int band = 0; band < publication::amount_bands; ++band) {
          auto cell = static_cast<std::size_t>(publication::remediation_cell(category, band));
          if (cell < c.cells.size())
            agg.remediation[static_cast<std::size_t>(category)][static_cast<std::size_t>(band)] += c.cells[cell];
        }
      return;
  }
}

}  // namespace

namespace {

// The aggregates of the given stores (dense catalog indexes), one slot each, for every window:
// result[window][slot]. Reads only those stores' blocks when they are few.
std::vector<std::vector<store_aggregate>> aggregate_members(storage::database& db, const report_catalog& catalog,
                                                            std::span<const week_range> windows,
                                                            std::span<const int> members, bool one_store) {
  using publication::series_kind;
  const std::size_t slots = members.size();
  const std::size_t questions = catalog.questions.size();
  const std::size_t nwin = windows.size();
  std::vector<std::vector<store_aggregate>> result(nwin, std::vector<store_aggregate>(slots));
  if (nwin == 0 || slots == 0) return result;
  for (auto& window : result) {
    for (auto& agg : window) {
      agg.questions.resize(questions);
      agg.raw_question_n.resize(questions);
    }
  }
  int lo = windows.front().first, hi = windows.front().last;
  for (const auto& w : windows) {
    lo = std::min(lo, w.first);
    hi = std::max(hi, w.last);
  }

  // Weeks of each window whose sessions (and events) are not known to it: not closed yet, or in a
  // block that is held or reaches out of the window. The others are published, or known empty.
  std::vector<int> session_gaps(nwin * slots, 0), remediation_gaps(nwin * slots, 0);
  location_lookup lookup(catalog, members);
  std::string sql =
      "SELECT location_id, series, question_id, first_week, last_week, published_on IS NOT NULL, n, sum, sum_sq, cells, "
      "revised_on "
      "FROM blocks WHERE last_week >= ?1 AND first_week <= ?2";
  if (one_store) sql += " AND location_id = ?3";
  auto stmt = db.prepare(sql);
  stmt.bind(1, week_yyyyww(lo)).bind(2, week_yyyyww(hi));
  if (one_store) stmt.bind(3, catalog.locations[static_cast<std::size_t>(members[0])].id);
  publication::series_content content;
  while (stmt.step()) {
    int slot = lookup.find(stmt.column_int64(0));
    auto kind = static_cast<series_kind>(stmt.column_int(1));
    auto first = week_index(stmt.column_int(3)), last = week_index(stmt.column_int(4));
    if (slot < 0 || !first || !last) continue;
    const auto at = static_cast<std::size_t>(slot);
    int question = 0;
    if (kind == series_kind::answers) {
      auto q = catalog.question_index.find(stmt.column_int64(2));
      if (q == catalog.question_index.end()) continue;
      question = q->second;
    }
    const bool published = stmt.column_int(5) != 0;
    content.n = stmt.column_int64(6);
    content.sum = stmt.column_int64(7);
    content.sum_sq = stmt.column_int64(8);
    content.cells = publication::decode_cells(stmt.column_blob(9));
    for (std::size_t i = 0; i < nwin; ++i) {
      const auto& w = windows[i];
      if (*last < w.first || *first > w.last) continue;
      bool inside = published && *first >= w.first && *last <= w.last;
      auto& agg = result[i][at];
      add_block(agg, kind, question, content, inside);
      if (inside && !stmt.column_is_null(10)) agg.revised_on = std::max(agg.revised_on, stmt.column_text(10));
      int overlap = std::min(*last, w.last) - std::max(*first, w.first) + 1;
      if (!inside && kind == series_kind::sessions) session_gaps[i * slots + at] += overlap;
      if (!inside && kind == series_kind::remediations) remediation_gaps[i * slots + at] += overlap;
    }
  }

  for (std::size_t slot = 0; slot < slots; ++slot) {
    const auto& location = catalog.locations[static_cast<std::size_t>(members[slot])];
    const double headcount = static_cast<double>(location.headcount);
    for (std::size_t i = 0; i < nwin; ++i) {
      const auto& w = windows[i];
      int closed = location.closed_through ? std::clamp(*location.closed_through - w.first + 1, 0, w.size()) : 0;
      auto& agg = result[i][slot];
      agg.open_weeks = w.size() - closed;
      agg.session_weeks = std::max(0, closed - session_gaps[i * slots + slot]);
      agg.session_staff_weeks = headcount * agg.session_weeks;
      agg.remediation_staff_weeks = headcount * std::max(0, closed - remediation_gaps[i * slots + slot]);
    }
  }
  return result;
}

}  // namespace

std::vector<std::vector<store_aggregate>> aggregate_windows(storage::database& db, const report_catalog& catalog,
                                                            std::span<const week_range> windows) {
  std::vector<int> everyone(catalog.locations.size());
  for (std::size_t s = 0; s < everyone.size(); ++s) everyone[s] = static_cast<int>(s);
  return aggregate_members(db, catalog, windows, everyone, false);
}

std::vector<store_aggregate> aggregate_store_windows(storage::database& db, const report_catalog& catalog,
                                                     std::span<const week_range> windows, int location) {
  const int members[] = {location};
  auto per_window = aggregate_members(db, catalog, windows, members, true);
  std::vector<store_aggregate> result;
  result.reserve(per_window.size());
  for (auto& window : per_window) result.push_back(std::move(window[0]));
  return result;
}

}  // namespace storepulse::reports
