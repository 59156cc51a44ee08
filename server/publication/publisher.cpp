#include "server/publication/publisher.h"

#include "calendar/calendar.h"
#include "calendar/time_zone.h"
#include "server/publication/block_store.h"
#include "server/reports/report_period.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace storepulse::publication {
namespace {

using reports::week_index;
using reports::week_yyyyww;

struct store_state {
  std::int64_t id = 0;
  std::string timezone;
  std::optional<int> closed;  // dense week
  std::set<int> late;         // dense weeks
};

std::vector<store_state> load_states(storage::database& db) {
  std::vector<store_state> stores;
  std::map<std::int64_t, std::size_t> index;
  auto locations = db.prepare(
      "SELECT l.id, l.timezone, p.closed_through FROM locations l"
      " LEFT JOIN publication_state p ON p.location_id = l.id ORDER BY l.id");
  while (locations.step()) {
    store_state s{locations.column_int64(0), locations.column_text(1), std::nullopt, {}};
    if (!locations.column_is_null(2)) s.closed = week_index(locations.column_int(2));
    index[s.id] = stores.size();
    stores.push_back(std::move(s));
  }
  auto late = db.prepare("SELECT location_id, iso_week FROM late_weeks");
  while (late.step()) {
    auto it = index.find(late.column_int64(0));
    auto week = week_index(late.column_int(1));
    if (it != index.end() && week) stores[it->second].late.insert(*week);
  }
  return stores;
}

// Returns the first week with anything in a store's rollups, or nullopt.
std::optional<int> first_week_with_data(storage::database& db, std::int64_t location_id) {
  auto stmt = db.prepare(
      "SELECT MIN(w) FROM (SELECT MIN(iso_week) AS w FROM rollup_sessions WHERE location_id = ?1"
      " UNION ALL SELECT MIN(iso_week) FROM rollup_remediations WHERE location_id = ?1)");
  stmt.bind(1, location_id);
  if (!stmt.step() || stmt.column_is_null(0)) return std::nullopt;
  return week_index(stmt.column_int(0));
}

void publish_store(storage::database& db, const store_state& store, int closed, const publication_settings& settings,
                   const std::string& today, publication_run& run) {
  std::optional<int> from;
  if (store.closed && closed > *store.closed) from = *store.closed + 1;
  if (!store.closed) from = first_week_with_data(db, store.id);
  if (!store.late.empty()) from = std::min(from.value_or(*store.late.begin()), *store.late.begin());
  if (!from || *from > closed) return;

  int load_from = *from;
  auto held = db.prepare("SELECT MIN(first_week) FROM blocks WHERE location_id = ? AND published_on IS NULL");
  held.bind(1, store.id);
  if (held.step() && !held.column_is_null(0)) load_from = std::min(load_from, week_index(held.column_int(0)).value_or(load_from));
  std::vector<int> late(store.late.begin(), store.late.end());
  // Reads back to the first week some series must see whole, with every published block that
  // reaches it: a block left unread would look like weeks still to cut.
  store_blocks blocks;
  int start = *from;
  for (bool reload = true; reload;) {
    blocks = load_blocks(db, store.id, load_from);
    for (bool moved = true; moved;) {
      moved = false;
      for (const auto& [id, rows] : blocks) {
        int needed = first_week_to_read(rows, late, start);
        moved |= needed < start;
        start = std::min(start, needed);
      }
    }
    reload = start < load_from;
    load_from = std::min(load_from, start);
  }
  auto weeks = load_weeks(db, store.id, start, closed);

  const std::vector<series_content> empty(static_cast<std::size_t>(closed - start + 1));
  std::set<series_id> all;
  for (const auto& [id, _] : blocks) all.insert(id);
  for (const auto& [id, _] : weeks) all.insert(id);
  for (const auto& id : all) {
    auto rows = blocks.find(id);
    auto raw = weeks.find(id);
    series_weeks span{start, closed, raw == weeks.end() ? empty : raw->second, late};
    auto changes = cut_series(rows == blocks.end() ? std::span<const block_row>() : rows->second, span,
                              settings.min_group_size, today);
    if (changes.empty()) continue;
    for (const auto& row : changes.added) run.blocks_published += row.published ? 1 : 0;
    for (const auto& row : changes.updated) run.releases += row.revised_on == today && row.held_back == 0 ? 1 : 0;
    run.changed = true;
    save_changes(db, store.id, id, changes);
  }
}

}  // namespace

publication_run publish(storage::database& db, std::int64_t now, const publication_settings& settings) {
  publication_run run;
  const auto today = calendar::format_date(static_cast<int>(now / 86400));
  auto save_state = db.prepare(
      "INSERT INTO publication_state(location_id, closed_through, held_back_sessions, version) VALUES (?1, ?2,"
      " (SELECT COALESCE(SUM(held_back), 0) FROM blocks WHERE location_id = ?3 AND series = 1),"
      " (SELECT version + 1 FROM report_data_version WHERE id = 1))"
      " ON CONFLICT(location_id) DO UPDATE SET closed_through = excluded.closed_through,"
      " held_back_sessions = excluded.held_back_sessions, version = excluded.version");
  for (const auto& store : load_states(db)) {
    auto zone = calendar::time_zone::find(store.timezone);
    auto ended = week_index(calendar::last_closed_week(zone.get(), now, settings.grace_seconds));
    if (!ended) continue;
    // A week once closed stays closed, whatever the clock or the grace period later say.
    int closed = store.closed ? std::max(*store.closed, *ended) : *ended;
    if (store.closed && closed == *store.closed && store.late.empty()) continue;
    run.late_weeks += static_cast<int>(store.late.size());
    if (!store.closed || closed > *store.closed) ++run.stores_closed;
    publish_store(db, store, closed, settings, today, run);
    save_state.bind(1, store.id).bind(2, week_yyyyww(closed)).bind(3, store.id).run();
    run.changed = true;
  }
  db.exec("DELETE FROM late_weeks");
  if (run.changed) db.exec("UPDATE report_data_version SET version = version + 1 WHERE id = 1");
  return run;
}

void save_settings(storage::database& db, const publication_settings& settings) {
  auto put = db.prepare("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)");
  put.bind(1, "publication_min_group_size").bind(2, std::to_string(settings.min_group_size)).run();
  put.bind(1, "publication_grace_seconds").bind(2, std::to_string(settings.grace_seconds)).run();
}

publication_settings saved_settings(storage::database& db) {
  publication_settings settings;
  auto get = db.prepare("SELECT key, CAST(value AS INTEGER) FROM settings WHERE key LIKE 'publication_%'");
  while (get.step()) {
    auto key = get.column_text(0);
    if (key == "publication_min_group_size") settings.min_group_size = std::max(3, get.column_int(1));
    if (key == "publication_grace_seconds") settings.grace_seconds = std::max<std::int64_t>(0, get.column_int64(1));
  }
  return settings;
}

}  // namespace storepulse::publication
