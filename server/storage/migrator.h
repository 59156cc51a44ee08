#pragma once

#include "server/storage/database.h"

namespace storepulse::storage {

// Applies every embedded migration newer than the database's version, each in its own
// transaction, and records it in schema_migrations. Returns the resulting schema version. Throws,
// changing nothing, when the database is newer than every embedded migration.
int migrate(database& db);

// Returns the highest applied migration, 0 for a new database.
int schema_version(database& db);

}  // namespace storepulse::storage
