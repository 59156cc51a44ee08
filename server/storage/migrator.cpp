#include "server/storage/migrator.h"

#include "storepulse/schema/migrations.h"

namespace storepulse::storage {
namespace {

void ensure_version_table(database& db) {
  db.exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations ("
      " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_on TEXT NOT NULL)");
}

}  // namespace

int schema_version(database& db) {
  ensure_version_table(db);
  return static_cast<int>(query_int(db, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations").value_or(0));
}

int migrate(database& db) {
  int current = schema_version(db);
  const auto known = schema::embedded_migrations();
  const int latest = known.empty() ? 0 : known.back().version;
  // A newer binary wrote this file: reading it with older code could misread or damage it.
  if (current > latest)
    throw sqlite_error(SQLITE_ERROR, "the database's schema version " + std::to_string(current) +
                                         " is newer than this program's (" + std::to_string(latest) +
                                         "): run the newer storepulse that wrote it");
  for (const auto& m : known) {
    if (m.version <= current) continue;
    transaction tx(db);
    // Another process (the server, an admin command) may have applied it since we looked.
    if (query_int(db, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations").value_or(0) >= m.version) {
      tx.commit();
      continue;
    }
    db.exec(m.sql);
    db.prepare("INSERT INTO schema_migrations(version, name, applied_on) VALUES (?, ?, date('now'))")
        .bind(1, m.version)
        .bind(2, m.name)
        .run();
    tx.commit();
    current = m.version;
  }
  return current;
}

}  // namespace storepulse::storage
