#pragma once

#include "server/storage/database.h"

namespace storepulse::ingest {

// Deletes raw answers, submissions, remediation events and daily counts dated before the cutoff
// (days since 1970-01-01); rollups stay. Returns the number of submissions and events deleted.
// Runs inside the caller's transaction.
int purge_before(storage::database& db, int cutoff_day);

}  // namespace storepulse::ingest
