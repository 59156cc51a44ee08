#include "server/reports/window_aggregate.h"

#include "server/reports/group_partition.h"

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
  raw_remediation_events += other.raw_remediation_events;
  remediation_staff_weeks += other.remediation_staff_weeks;
}

namespace {

// The weeks read, cut into quarters, with each week's month.
struct week_layout {
  int first = 0;  // dense index of offset 0
  int weeks = 0;
  std::vector<int> month_of;
  std::vector<std::pair<int, int>> quarters;  // [first, last] offsets
  std::unordered_map<int, int> offset_of_yyyyww;
  int last_yyyyww = -1, last_offset = -1;

  int offset(int yyyyww) {
    if (yyyyww != last_yyyyww) {
      auto it = offset_of_yyyyww.find(yyyyww);
      last_yyyyww = yyyyww;
      last_offset = it == offset_of_yyyyww.end() ? -1 : it->second;
    }
    return last_offset;
  }
};

week_layout make_layout(std::span<const week_range> windows) {
  int lo = windows.front().first, hi = windows.front().last;
  for (const auto& w : windows) {
    lo = std::min(lo, w.first);
    hi = std::max(hi, w.last);
  }
  week_layout layout;
  layout.first = quarter_weeks(lo).first;
  int last = quarter_weeks(hi).last;
  layout.weeks = last - layout.first + 1;
  for (int t = 0; t < layout.weeks; ++t) {
    int week = layout.first + t;
    layout.month_of.push_back(week_month(week));
    layout.offset_of_yyyyww[week_yyyyww(week)] = t;
    if (layout.quarters.empty() || week_quarter(week) != week_quarter(week - 1)) layout.quarters.push_back({t, t});
    layout.quarters.back().second = t;
  }
  return layout;
}

// Maps location ids to dense indexes quickly; ids are small integers in practice.
class location_lookup {
 public:
  location_lookup(const report_catalog& catalog, std::optional<int> only) {
    std::int64_t max_id = 0;
    for (const auto& l : catalog.locations) max_id = std::max(max_id, l.id);
    if (max_id < 50'000'000) dense_.assign(static_cast<std::size_t>(max_id + 1), -1);
    for (std::size_t i = 0; i < catalog.locations.size(); ++i) {
      if (only && *only != static_cast<int>(i)) continue;
      auto id = catalog.locations[i].id;
      if (!dense_.empty() && id >= 0) dense_[static_cast<std::size_t>(id)] = static_cast<int>(i);
      sparse_[id] = static_cast<int>(i);
    }
  }
  int find(std::int64_t id) const {
    if (!dense_.empty()) return id >= 0 && id < static_cast<std::int64_t>(dense_.size()) ? dense_[static_cast<std::size_t>(id)] : -1;
    auto it = sparse_.find(id);
    return it == sparse_.end() ? -1 : it->second;
  }

 private:
  std::vector<int> dense_;
  std::unordered_map<std::int64_t, int> sparse_;
};

// Marks, for each week of one series, the windows (bit i) whose figure may include that week,
// and counts, per window, the weeks a rate may divide by.
void mark_series(std::span<const std::int64_t> counts, const week_layout& layout,
                 std::span<const week_range> windows, std::int64_t k, std::span<std::uint32_t> marks,
                 std::span<int> covered_weeks) {
  std::vector<block> blocks;
  for (auto [qf, ql] : layout.quarters) {
    blocks.clear();
    auto size = static_cast<std::size_t>(ql - qf + 1);
    auto block_of = partition_quarter(counts.subspan(static_cast<std::size_t>(qf), size),
                                      std::span<const int>(layout.month_of).subspan(static_cast<std::size_t>(qf), size), k,
                                      blocks);
    for (int t = qf; t <= ql; ++t) {
      const block& b = blocks[static_cast<std::size_t>(block_of[static_cast<std::size_t>(t - qf)])];
      bool empty = counts[static_cast<std::size_t>(t)] == 0;
      std::uint32_t mark = 0;
      for (std::size_t i = 0; i < windows.size(); ++i) {
        int wf = windows[i].first - layout.first, wl = windows[i].last - layout.first;
        if (t < wf || t > wl) continue;
        // An empty week holds no one, so it is known to be empty without revealing anything.
        bool inside = block_inside(b, wf - qf, wl - qf);
        if (inside && !empty) mark |= 1u << i;
        if ((inside || empty) && !covered_weeks.empty()) ++covered_weeks[i];
      }
      marks[static_cast<std::size_t>(t)] = mark;
    }
  }
}

}  // namespace

std::vector<std::vector<store_aggregate>> aggregate_windows(storage::database& db, const report_catalog& catalog,
                                                            std::span<const week_range> windows, std::int64_t k,
                                                            std::optional<int> only_location) {
  const std::size_t stores = catalog.locations.size();
  const std::size_t questions = catalog.questions.size();
  const std::size_t nwin = windows.size();
  std::vector<std::vector<store_aggregate>> result(nwin, std::vector<store_aggregate>(stores));
  if (nwin == 0 || nwin > 32 || stores == 0) return result;
  for (auto& window : result) {
    for (std::size_t s = 0; s < stores; ++s) {
      if (only_location && static_cast<int>(s) != *only_location) continue;
      window[s].questions.resize(questions);
      window[s].raw_question_n.resize(questions);
    }
  }

  week_layout layout = make_layout(windows);
  const auto weeks = static_cast<std::size_t>(layout.weeks);
  location_lookup lookup(catalog, only_location);
  const int first_yyyyww = week_yyyyww(layout.first);
  const int last_yyyyww = week_yyyyww(layout.first + layout.weeks - 1);
  const std::string location_clause = only_location ? " AND location_id = ?3" : "";
  auto bind_range = [&](storage::statement& stmt, int from, int to) {
    stmt.bind(1, from).bind(2, to);
    if (only_location) stmt.bind(3, catalog.locations[static_cast<std::size_t>(*only_location)].id);
  };

  // Pass 1: weekly counts of every series over whole quarters, to draw the blocks.
  std::vector<std::int64_t> answer_n(stores * questions * weeks, 0);
  std::vector<std::int64_t> sessions(stores * weeks, 0), quarantined(stores * weeks, 0), remediations(stores * weeks, 0);
  {
    auto stmt = db.prepare("SELECT iso_week, location_id, question_id, n FROM rollup_answers "
                           "WHERE iso_week BETWEEN ?1 AND ?2" + location_clause);
    bind_range(stmt, first_yyyyww, last_yyyyww);
    while (stmt.step()) {
      int t = layout.offset(stmt.column_int(0));
      int s = lookup.find(stmt.column_int64(1));
      auto q = catalog.question_index.find(stmt.column_int64(2));
      if (t < 0 || s < 0 || q == catalog.question_index.end()) continue;
      answer_n[(static_cast<std::size_t>(s) * questions + static_cast<std::size_t>(q->second)) * weeks +
               static_cast<std::size_t>(t)] = stmt.column_int64(3);
    }
  }
  {
    auto stmt = db.prepare("SELECT iso_week, location_id, sessions, quarantined FROM rollup_sessions "
                           "WHERE iso_week BETWEEN ?1 AND ?2" + location_clause);
    bind_range(stmt, first_yyyyww, last_yyyyww);
    while (stmt.step()) {
      int t = layout.offset(stmt.column_int(0));
      int s = lookup.find(stmt.column_int64(1));
      if (t < 0 || s < 0) continue;
      auto at = static_cast<std::size_t>(s) * weeks + static_cast<std::size_t>(t);
      sessions[at] = stmt.column_int64(2);
      quarantined[at] = stmt.column_int64(3);
    }
  }
  struct remediation_row {
    int s, t, category, band;
    std::int64_t n;
  };
  std::vector<remediation_row> remediation_rows;
  {
    auto stmt = db.prepare("SELECT iso_week, location_id, category, amount_band, n FROM rollup_remediations "
                           "WHERE iso_week BETWEEN ?1 AND ?2" + location_clause);
    bind_range(stmt, first_yyyyww, last_yyyyww);
    while (stmt.step()) {
      int t = layout.offset(stmt.column_int(0));
      int s = lookup.find(stmt.column_int64(1));
      if (t < 0 || s < 0) continue;
      remediation_row row{s, t, stmt.column_int(2), stmt.column_int(3), stmt.column_int64(4)};
      if (row.category < 0 || row.category > 5 || row.band < 0 || row.band > 4) continue;
      remediations[static_cast<std::size_t>(s) * weeks + static_cast<std::size_t>(t)] += row.n;
      remediation_rows.push_back(row);
    }
  }

  // Blocks and window marks, series by series.
  std::vector<std::uint32_t> answer_marks(stores * questions * weeks, 0);
  std::vector<std::uint32_t> marks(weeks);
  std::vector<std::uint32_t> remediation_marks(stores * weeks, 0);
  std::vector<int> covered(nwin);
  for (std::size_t s = 0; s < stores; ++s) {
    if (only_location && static_cast<int>(s) != *only_location) continue;
    const double headcount = static_cast<double>(catalog.locations[s].headcount);
    auto series = [&](std::vector<std::int64_t>& counts) {
      return std::span<const std::int64_t>(counts).subspan(s * weeks, weeks);
    };
    for (std::size_t q = 0; q < questions; ++q) {
      auto counts = std::span<const std::int64_t>(answer_n).subspan((s * questions + q) * weeks, weeks);
      auto out = std::span<std::uint32_t>(answer_marks).subspan((s * questions + q) * weeks, weeks);
      mark_series(counts, layout, windows, k, out, {});
      for (std::size_t i = 0; i < nwin; ++i) {
        int wf = windows[i].first - layout.first, wl = windows[i].last - layout.first;
        for (int t = std::max(wf, 0); t <= wl; ++t) result[i][s].raw_question_n[q] += counts[static_cast<std::size_t>(t)];
      }
    }

    std::fill(covered.begin(), covered.end(), 0);
    auto session_counts = series(sessions);
    mark_series(session_counts, layout, windows, k, marks, covered);
    for (std::size_t i = 0; i < nwin; ++i) {
      auto& agg = result[i][s];
      agg.session_staff_weeks = headcount * covered[i];
      int wf = windows[i].first - layout.first, wl = windows[i].last - layout.first;
      for (int t = std::max(wf, 0); t <= wl; ++t) {
        auto tt = static_cast<std::size_t>(t);
        agg.raw_sessions += session_counts[tt];
        if (marks[tt] & (1u << i)) agg.sessions += session_counts[tt];
      }
    }

    auto quarantined_counts = series(quarantined);
    mark_series(quarantined_counts, layout, windows, k, marks, {});
    for (std::size_t i = 0; i < nwin; ++i) {
      auto& agg = result[i][s];
      int wf = windows[i].first - layout.first, wl = windows[i].last - layout.first;
      for (int t = std::max(wf, 0); t <= wl; ++t) {
        auto tt = static_cast<std::size_t>(t);
        agg.raw_quarantined += quarantined_counts[tt];
        if (marks[tt] & (1u << i)) agg.quarantined += quarantined_counts[tt];
      }
    }

    std::fill(covered.begin(), covered.end(), 0);
    auto remediation_counts = series(remediations);
    mark_series(remediation_counts, layout, windows, k,
                std::span<std::uint32_t>(remediation_marks).subspan(s * weeks, weeks), covered);
    for (std::size_t i = 0; i < nwin; ++i) {
      auto& agg = result[i][s];
      agg.remediation_staff_weeks = headcount * covered[i];
      int wf = windows[i].first - layout.first, wl = windows[i].last - layout.first;
      for (int t = std::max(wf, 0); t <= wl; ++t) agg.raw_remediation_events += remediation_counts[static_cast<std::size_t>(t)];
    }
  }
  for (const auto& row : remediation_rows) {
    auto mark = remediation_marks[static_cast<std::size_t>(row.s) * weeks + static_cast<std::size_t>(row.t)];
    for (std::size_t i = 0; i < nwin; ++i) {
      if (!(mark & (1u << i))) continue;
      auto& agg = result[i][static_cast<std::size_t>(row.s)];
      agg.remediation[static_cast<std::size_t>(row.category)][static_cast<std::size_t>(row.band)] += row.n;
      agg.remediation_events += row.n;
    }
  }

  // Pass 2: the sums of the cells that may be published, over the windows' weeks only.
  int lo = windows.front().first, hi = windows.front().last;
  for (const auto& w : windows) {
    lo = std::min(lo, w.first);
    hi = std::max(hi, w.last);
  }
  auto stmt = db.prepare(
      "SELECT iso_week, location_id, question_id, n, sum, sum_sq, h0, h1, h2, h3, h4, h5, h6, h7, h8, h9, h10 "
      "FROM rollup_answers WHERE iso_week BETWEEN ?1 AND ?2" + location_clause);
  bind_range(stmt, week_yyyyww(lo), week_yyyyww(hi));
  while (stmt.step()) {
    int t = layout.offset(stmt.column_int(0));
    int s = lookup.find(stmt.column_int64(1));
    auto q = catalog.question_index.find(stmt.column_int64(2));
    if (t < 0 || s < 0 || q == catalog.question_index.end()) continue;
    auto qi = static_cast<std::size_t>(q->second);
    auto mark = answer_marks[(static_cast<std::size_t>(s) * questions + qi) * weeks + static_cast<std::size_t>(t)];
    if (mark == 0) continue;
    answer_stats cell;
    cell.n = stmt.column_int64(3);
    cell.sum = stmt.column_int64(4);
    cell.sum_sq = stmt.column_int64(5);
    for (int h = 0; h < 11; ++h) cell.histogram[static_cast<std::size_t>(h)] = stmt.column_int64(6 + h);
    for (std::size_t i = 0; i < nwin; ++i)
      if (mark & (1u << i)) result[i][static_cast<std::size_t>(s)].questions[qi].add(cell);
  }
  return result;
}

}  // namespace storepulse::reports
