#include "server/reports/report_catalog.h"

#include "server/reports/report_period.h"

#include <algorithm>
#include <charconv>

namespace storepulse::reports {

int report_catalog::find_question(std::string_view key) const {
  for (std::size_t i = 0; i < questions.size(); ++i)
    if (questions[i].key == key) return static_cast<int>(i);
  return -1;
}

std::vector<std::int64_t> parse_limit_bands(std::string_view text) {
  std::vector<std::int64_t> bands;
  while (!text.empty()) {
    auto comma = text.find(',');
    auto part = text.substr(0, comma);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    std::int64_t value = 0;
    auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), value);
    if (ec == std::errc() && end == part.data() + part.size() && !part.empty()) bands.push_back(value);
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  return bands;
}

report_catalog load_catalog(storage::database& db) {
  report_catalog catalog;
  auto locations = db.prepare(
      "SELECT l.id, l.code, l.name, l.region, l.timezone, l.headcount, l.remediation_limit_minor, l.currency, "
      "l.active, p.closed_through, COALESCE(p.held_back_sessions, 0), COALESCE(p.version, 0) FROM locations l LEFT JOIN publication_state p ON p.location_id = l.id "
      "ORDER BY l.id");
  while (locations.step()) {
    location_row row;
    row.id = locations.column_int64(0);
    row.code = locations.column_text(1);
    row.name = locations.column_text(2);
    row.region = locations.column_text(3);
    row.timezone = locations.column_text(4);
    row.headcount = locations.column_int64(5);
    row.remediation_limit_minor = locations.column_int64(6);
    row.currency = locations.column_text(7);
    row.active = locations.column_int64(8) != 0;
    if (!locations.column_is_null(9)) row.closed_through = week_index(locations.column_int(9));
    row.held_back_sessions = locations.column_int64(10);
    row.version = locations.column_int64(11);
    catalog.location_index[row.id] = static_cast<int>(catalog.locations.size());
    catalog.regions.push_back(row.region);
    catalog.locations.push_back(std::move(row));
  }
  for (const auto& l : catalog.locations)
    if (l.closed_through) catalog.closed_through = std::max(catalog.closed_through.value_or(*l.closed_through), *l.closed_through);
  std::sort(catalog.regions.begin(), catalog.regions.end());
  catalog.regions.erase(std::unique(catalog.regions.begin(), catalog.regions.end()), catalog.regions.end());

  // The default language is the first configured one; any text will do when none is.
  auto questions = db.prepare(
      "SELECT q.id, q.key, q.dimension, q.type, q.core, q.max_value, q.limit_bands, q.reverse_scored, q.active, "
      "  COALESCE((SELECT t.text FROM question_texts t LEFT JOIN languages l ON l.code = t.language "
      "            WHERE t.question_id = q.id ORDER BY COALESCE(l.position, 1000000), t.language LIMIT 1), '') "
      "FROM questions q ORDER BY q.position, q.id");
  while (questions.step()) {
    question_row row;
    row.id = questions.column_int64(0);
    row.key = questions.column_text(1);
    row.dimension = static_cast<v1::Dimension>(questions.column_int(2));
    row.type = static_cast<v1::QuestionType>(questions.column_int(3));
    row.core = questions.column_int64(4) != 0;
    row.max_value = questions.column_int(5);
    row.limit_bands = parse_limit_bands(questions.column_text(6));
    row.reverse_scored = questions.column_int64(7) != 0;
    row.active = questions.column_int64(8) != 0;
    row.text = questions.column_text(9);
    catalog.question_index[row.id] = static_cast<int>(catalog.questions.size());
    catalog.questions.push_back(std::move(row));
  }
  return catalog;
}

}  // namespace storepulse::reports
