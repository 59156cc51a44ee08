#pragma once

#include "server/storage/database.h"

#include <cstdint>

namespace storepulse::publication {

struct publication_settings {
  int min_group_size = 5;                   // k
  std::int64_t grace_seconds = 48 * 3600;  // after a week ends in the store's timezone
};

// What one run did.
struct publication_run {
  int stores_closed = 0;     // stores with at least one week newly closed
  int late_weeks = 0;        // store weeks with late answers looked at
  int blocks_published = 0;  // new blocks
  int releases = 0;          // late groups released into published blocks
  bool changed = false;      // anything a report reads
};

// Closes every store's weeks that ended (in the store's timezone) at least the grace period
// before now, cuts them into blocks, and settles late answers; all in the caller's transaction.
// Bumps the report data version when anything published changed. now: unix seconds.
publication_run publish(storage::database& db, std::int64_t now, const publication_settings& settings);

// Stores the settings the server runs with, so that the admin tool's runs cut the same blocks.
void save_settings(storage::database& db, const publication_settings& settings);
// Returns the settings saved by the server, or the defaults.
publication_settings saved_settings(storage::database& db);

}  // namespace storepulse::publication
