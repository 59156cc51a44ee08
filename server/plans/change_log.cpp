#include "server/plans/change_log.h"

#include "server/plans/plan_store.h"

namespace storepulse::plans {

void record_change(storage::database& db, const change_log& log, std::int64_t id, std::int64_t user_id,
                   std::int64_t now, const std::string& what) {
  db.prepare(std::string("INSERT INTO ") + log.table + "(" + log.key_column +
             ", user_id, changed_at, what) VALUES (?1, ?2, ?3, ?4)")
      .bind(1, id)
      .bind(2, user_id)
      .bind(3, now)
      .bind(4, what)
      .run();
}

void add_changes(storage::database& db, const change_log& log, std::int64_t id, bool newest_first,
                 google::protobuf::RepeatedPtrField<v1::PlanChange>& out) {
  auto history = db.prepare(std::string("SELECT h.changed_at, COALESCE(u.username, ''), h.what FROM ") + log.table +
                            " h LEFT JOIN users u ON u.id = h.user_id WHERE h." + log.key_column +
                            " = ?1 ORDER BY h.id" + (newest_first ? " DESC" : ""));
  history.bind(1, id);
  while (history.step()) {
    auto& change = *out.Add();
    change.set_changed_at(format_instant(history.column_int64(0)));
    change.set_user(history.column_text(1));
    change.set_what(history.column_text(2));
  }
}

}  // namespace storepulse::plans
