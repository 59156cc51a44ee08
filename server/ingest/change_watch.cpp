#include "server/ingest/change_watch.h"

namespace storepulse::ingest {

bool change_watch::changed(storage::database& db) {
  for (const auto& table : tables_) db.watch_table(table);
  auto version = db.data_version();
  auto own = db.watched_changes();
  if (fresh_ && db.handle() == connection_ && version == data_version_ && own == own_changes_) return false;
  fresh_ = true;
  connection_ = db.handle();
  data_version_ = version;
  own_changes_ = own;
  return true;
}

}  // namespace storepulse::ingest
