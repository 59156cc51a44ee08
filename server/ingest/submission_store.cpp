#include "server/ingest/submission_store.h"

#include "server/ingest/calendar.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <sodium.h>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace storepulse::ingest {

namespace {

constexpr const char* find_kiosk_sql =
    "SELECT k.id, k.location_id, l.headcount FROM kiosks k JOIN locations l ON l.id = k.location_id"
    " WHERE k.token_hash = ? AND k.revoked = 0";

}  // namespace

struct submission_store::statements {
  explicit statements(storage::database& db)
      : find_kiosk(db.prepare(find_kiosk_sql)),
        find_submission(db.prepare("SELECT payload_hash FROM submissions WHERE client_id = ?")),
        insert_submission(db.prepare(
            "INSERT INTO submissions(client_id, payload_hash, location_id, kiosk_id, local_date, iso_week,"
            " config_version, language, quarantined) VALUES (?,?,?,?,?,?,?,?,?)")),
        insert_answer(db.prepare("INSERT INTO answers(submission_id, question_id, value) VALUES (?,?,?)")),
        find_remediation(db.prepare("SELECT payload_hash FROM remediation_events WHERE client_id = ?")),
        insert_remediation(db.prepare(
            "INSERT INTO remediation_events(client_id, payload_hash, location_id, kiosk_id, local_date, iso_week,"
            " category, amount_band, quarantined) VALUES (?,?,?,?,?,?,?,?,?)")),
        bump_day(db.prepare("INSERT INTO kiosk_day_counts(kiosk_id, local_date, sessions, remediations) VALUES (?,?,?,?)"
                            " ON CONFLICT(kiosk_id, local_date) DO UPDATE SET sessions = sessions + excluded.sessions,"
                            " remediations = remediations + excluded.remediations RETURNING sessions, remediations")),
        touch_kiosk(db.prepare("UPDATE kiosks SET last_seen_at = ?, queued_items = ? WHERE id = ?")) {}

  storage::statement find_kiosk, find_submission, insert_submission, insert_answer, find_remediation,
      insert_remediation, bump_day, touch_kiosk;
};

namespace {

std::string payload_hash(const google::protobuf::Message& message) {
  std::string bytes;
  {
    google::protobuf::io::StringOutputStream raw(&bytes);
    google::protobuf::io::CodedOutputStream coded(&raw);
    coded.SetSerializationDeterministic(true);
    message.SerializeToCodedStream(&coded);
  }
  std::string hash(16, '\0');
  crypto_generichash(reinterpret_cast<unsigned char*>(hash.data()), hash.size(),
                     reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), nullptr, 0);
  return hash;
}

// Resets a cached statement on every path out, so that a throw never leaves it mid-step.
struct reset_on_exit {
  storage::statement& statement;
  ~reset_on_exit() { statement.reset(); }
};

// Returns the stored payload hash of a client id, or nullopt when the id is new.
std::optional<std::string> stored_hash(storage::statement& find, const std::string& client_id) {
  reset_on_exit guard{find};
  find.bind_blob(1, client_id);
  std::optional<std::string> hash;
  if (find.step()) hash = find.column_blob(0);
  return hash;
}

void add_result(v1::BatchAck& ack, const std::string& client_id, v1::ItemStatus status, std::string message = {}) {
  auto* r = ack.add_results();
  r->set_client_id(client_id);
  r->set_status(status);
  if (!message.empty()) r->set_message(std::move(message));
}

// Answers an item whose id is already stored: the same payload is accepted again (counted as a
// duplicate), another payload is a conflict. Returns false for a new id.
bool settle_known_id(storage::statement& find, const std::string& client_id, const std::string& hash, batch_outcome& out) {
  auto existing = stored_hash(find, client_id);
  if (!existing) return false;
  if (*existing == hash) {
    ++out.duplicates;
    add_result(out.ack, client_id, v1::ITEM_STATUS_ACCEPTED);
  } else {
    ++out.conflicts;
    add_result(out.ack, client_id, v1::ITEM_STATUS_CONFLICT, "this client id was stored earlier with other content");
  }
  return true;
}

// Counts one more item of a kiosk's day (column 0: sessions, 1: remediations); returns true when
// the day was already at the cap, so the item is quarantined.
bool count_against_cap(storage::statement& bump_day, std::int64_t kiosk_id, const std::string& local_date, int column,
                       std::int64_t cap) {
  reset_on_exit guard{bump_day};
  bump_day.bind(1, kiosk_id).bind(2, local_date).bind(3, column == 0 ? 1 : 0).bind(4, column == 1 ? 1 : 0);
  if (!bump_day.step()) throw storage::sqlite_error(SQLITE_ERROR, "the daily count upsert returned no row");
  return bump_day.column_int64(column) > cap;
}

}  // namespace

std::optional<kiosk_identity> find_kiosk(storage::database& db, const std::string& token_hash) {
  auto stmt = db.prepare(find_kiosk_sql);
  stmt.bind_blob(1, token_hash);
  if (!stmt.step()) return std::nullopt;
  return kiosk_identity{stmt.column_int64(0), stmt.column_int64(1), stmt.column_int64(2)};
}

submission_store::submission_store(ingest_limits limits) : limits_(limits) {}

submission_store::~submission_store() = default;

submission_store::statements& submission_store::prepared(storage::database& db) {
  if (!statements_) statements_ = std::make_unique<statements>(db);
  return *statements_;
}

batch_outcome submission_store::store(storage::database& db, rollup_accumulator& rollups,
                                      const std::string& token_hash, const v1::SubmissionBatch& batch, int today) {
  batch_outcome out;
  auto& st = prepared(db);

  kiosk_identity kiosk;
  {
    reset_on_exit guard{st.find_kiosk};
    st.find_kiosk.bind_blob(1, token_hash);
    if (!st.find_kiosk.step()) {
      out.result = batch_outcome::kind::unauthorized;
      return out;
    }
    kiosk = {st.find_kiosk.column_int64(0), st.find_kiosk.column_int64(1), st.find_kiosk.column_int64(2)};
  }

  catalog_.refresh(db);
  // Any timezone's date is at most one day ahead of UTC's.
  date_window window{today - limits_.max_age_days, today + 1};
  if (auto error = validate_batch(batch, catalog_, window)) {
    out.result = batch_outcome::kind::invalid;
    out.error = std::move(error);
    return out;
  }

  auto cap = std::max<std::int64_t>(limits_.daily_cap_min,
                                     static_cast<std::int64_t>(std::ceil(kiosk.headcount * limits_.daily_cap_factor)));

  for (const auto& s : batch.submissions()) {
    auto hash = payload_hash(s);
    if (settle_known_id(st.find_submission, s.client_id(), hash, out)) continue;
    int week = iso_week(*parse_date(s.local_date()));
    bool quarantined = count_against_cap(st.bump_day, kiosk.kiosk_id, s.local_date(), 0, cap);

    st.insert_submission.bind_blob(1, s.client_id())
        .bind_blob(2, hash)
        .bind(3, kiosk.location_id)
        .bind(4, kiosk.kiosk_id)
        .bind(5, s.local_date())
        .bind(6, week)
        .bind(7, static_cast<std::int64_t>(s.config_version()))
        .bind(8, s.language())
        .bind(9, quarantined ? 1 : 0)
        .run();
    auto submission_id = db.last_insert_rowid();
    for (const auto& a : s.answers()) {
      const auto* rule = catalog_.find(a.question_key());
      st.insert_answer.bind(1, submission_id).bind(2, rule->id).bind(3, a.value()).run();
      if (!quarantined) rollups.add_answer(kiosk.location_id, rule->id, week, a.value());
    }
    rollups.add_session(kiosk.location_id, week, quarantined);
    ++out.stored;
    if (quarantined) ++out.quarantined;
    add_result(out.ack, s.client_id(), v1::ITEM_STATUS_ACCEPTED);
  }

  for (const auto& r : batch.remediations()) {
    auto hash = payload_hash(r);
    if (settle_known_id(st.find_remediation, r.client_id(), hash, out)) continue;
    int week = iso_week(*parse_date(r.local_date()));
    bool quarantined = count_against_cap(st.bump_day, kiosk.kiosk_id, r.local_date(), 1, cap);
    st.insert_remediation.bind_blob(1, r.client_id())
        .bind_blob(2, hash)
        .bind(3, kiosk.location_id)
        .bind(4, kiosk.kiosk_id)
        .bind(5, r.local_date())
        .bind(6, week)
        .bind(7, static_cast<int>(r.category()))
        .bind(8, static_cast<int>(r.amount_band()))
        .bind(9, quarantined ? 1 : 0)
        .run();
    if (!quarantined) rollups.add_remediation(kiosk.location_id, week, r.category(), r.amount_band());
    ++out.stored;
    if (quarantined) ++out.quarantined;
    add_result(out.ack, r.client_id(), v1::ITEM_STATUS_ACCEPTED);
  }

  // Last seen to the hour only, so that it cannot date the answers of a small upload.
  auto now = std::chrono::duration_cast<std::chrono::hours>(std::chrono::system_clock::now().time_since_epoch());
  st.touch_kiosk.bind(1, static_cast<std::int64_t>(now.count()) * 3600)
      .bind(2, static_cast<std::int64_t>(batch.queued_on_kiosk()))
      .bind(3, kiosk.kiosk_id)
      .run();
  return out;
}

}  // namespace storepulse::ingest
