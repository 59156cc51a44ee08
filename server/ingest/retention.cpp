#include "server/ingest/retention.h"

#include "calendar/calendar.h"

namespace storepulse::ingest {

int purge_before(storage::database& db, int cutoff_day) {
  auto cutoff = calendar::format_date(cutoff_day);
  db.prepare("DELETE FROM answers WHERE submission_id IN (SELECT id FROM submissions WHERE local_date < ?)")
      .bind(1, cutoff)
      .run();
  db.prepare("DELETE FROM submissions WHERE local_date < ?").bind(1, cutoff).run();
  int deleted = db.changes();
  db.prepare("DELETE FROM remediation_events WHERE local_date < ?").bind(1, cutoff).run();
  deleted += db.changes();
  return deleted;
}

}  // namespace storepulse::ingest
