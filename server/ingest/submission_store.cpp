#include "server/ingest/submission_store.h"

#include "calendar/calendar.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <sodium.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace storepulse::ingest {

namespace {

constexpr const char* find_kiosk_sql =
    "SELECT k.id, k.location_id, l.headcount, l.timezone FROM kiosks k"
    " JOIN locations l ON l.id = k.location_id WHERE k.token_hash = ? AND k.revoked = 0";

// New ids are the common case: insert first, and look the id up only when the insert did nothing.
constexpr const char* insert_submission_sql =
    "INSERT INTO submissions(client_id, payload_hash, location_id, kiosk_id, local_date, iso_week,"
    " config_version, language, quarantined) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(client_id) DO NOTHING";
constexpr const char* find_submission_sql = "SELECT payload_hash FROM submissions WHERE client_id = ?";
constexpr const char* insert_remediation_sql =
    "INSERT INTO remediation_events(client_id, payload_hash, location_id, kiosk_id, local_date, iso_week,"
    " category, amount_band, quarantined) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(client_id) DO NOTHING";
constexpr const char* find_remediation_sql = "SELECT payload_hash FROM remediation_events WHERE client_id = ?";
// A client id names one item, whichever table holds it.
constexpr const char* submission_id_taken_sql = "SELECT 1 FROM submissions WHERE client_id = ?";
constexpr const char* remediation_id_taken_sql = "SELECT 1 FROM remediation_events WHERE client_id = ?";
// Writes only what changed, so that an unchanged kiosk costs no page.
constexpr const char* touch_kiosk_sql =
    "UPDATE kiosks SET last_seen_at = ?1, queued_items = coalesce(?2, queued_items), sync_state = ?4,"
    " refused_items = coalesce(?5, refused_items)"
    " WHERE id = ?3 AND (last_seen_at IS NOT ?1 OR queued_items IS NOT coalesce(?2, queued_items)"
    " OR sync_state IS NOT ?4 OR refused_items IS NOT coalesce(?5, refused_items))";

// One statement inserts up to this many answers of a submission.
constexpr int answers_per_insert = 16;

// Returns "INSERT INTO answers ... VALUES (?,?,?)" with rows rows; the texts live for the
// program's life, so that the connection's statement cache can key on them.
const char* insert_answers_sql(int rows) {
  static const auto texts = [] {
    std::array<std::string, answers_per_insert + 1> all;
    for (int n = 1; n <= answers_per_insert; ++n) {
      auto& sql = all[static_cast<std::size_t>(n)];
      sql = "INSERT INTO answers(submission_id, question_id, value) VALUES ";
      for (int i = 0; i < n; ++i) sql += i ? ",(?,?,?)" : "(?,?,?)";
    }
    return all;
  }();
  return texts[static_cast<std::size_t>(rows)].c_str();
}

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

// Answers an item whose id was stored before: the same payload is accepted again (counted as a
// duplicate), another payload is a conflict.
void settle_known_id(storage::database& db, const char* find_sql, const std::string& client_id, const std::string& hash,
                     batch_outcome& out) {
  auto& find = db.cached(find_sql);
  std::string existing;
  {
    reset_on_exit guard{find};
    find.bind_blob(1, client_id);
    if (!find.step()) throw storage::sqlite_error(SQLITE_ERROR, "an id the insert found taken is not stored");
    existing = find.column_blob(0);
  }
  if (existing == hash) {
    ++out.duplicates;
    out.statuses.push_back(v1::ITEM_STATUS_ACCEPTED);
  } else {
    ++out.conflicts;
    out.statuses.push_back(v1::ITEM_STATUS_CONFLICT);
  }
}

// Returns true when the other table already holds this client id.
bool taken_elsewhere(storage::database& db, const char* find_sql, const std::string& client_id) {
  auto& find = db.cached(find_sql);
  reset_on_exit guard{find};
  find.bind_blob(1, client_id);
  return find.step();
}

// Answers an item whose id names another kind of item: a conflict that changes nothing.
void refuse_other_kind(batch_outcome& out) {
  ++out.conflicts;
  out.statuses.push_back(v1::ITEM_STATUS_CONFLICT);
}

// Inserts a submission's answers, up to answers_per_insert rows per statement; question_ids
// holds each answer's question, in order.
void insert_answers(storage::database& db, const std::vector<std::int64_t>& question_ids, std::int64_t submission_id,
                    const v1::SurveySubmission& s) {
  int total = s.answers_size();
  for (int first = 0; first < total; first += answers_per_insert) {
    int rows = std::min(answers_per_insert, total - first);
    auto& insert = db.cached(insert_answers_sql(rows));
    for (int i = 0; i < rows; ++i) {
      auto at = first + i;
      insert.bind(3 * i + 1, submission_id)
          .bind(3 * i + 2, question_ids[static_cast<std::size_t>(at)])
          .bind(3 * i + 3, s.answers(at).value());
    }
    insert.run();
  }
}

// Answers an item dated before the accepted window: an id stored while it was still in the window
// gets the answer it got then (accepted or conflict); any other is too late and stored nowhere.
void settle_late(storage::database& db, const char* find_sql, const std::string& client_id, const std::string& hash,
                 batch_outcome& out) {
  auto& find = db.cached(find_sql);
  std::string existing;
  {
    reset_on_exit guard{find};
    find.bind_blob(1, client_id);
    if (!find.step()) {
      ++out.too_late;
      out.statuses.push_back(v1::ITEM_STATUS_TOO_LATE);
      return;
    }
    existing = find.column_blob(0);
  }
  ++(existing == hash ? out.duplicates : out.conflicts);
  out.statuses.push_back(existing == hash ? v1::ITEM_STATUS_ACCEPTED : v1::ITEM_STATUS_CONFLICT);
}

// Records an item stored for the first time.
void accept_new(batch_outcome& out, bool quarantined) {
  ++out.stored;
  if (quarantined) ++out.quarantined;
  out.statuses.push_back(v1::ITEM_STATUS_ACCEPTED);
}

// Returns the active kiosk with this token hash, or nullopt for an unknown or revoked token.
std::optional<kiosk_identity> find_kiosk(storage::database& db, const std::string& token_hash) {
  auto& find = db.cached(find_kiosk_sql);
  reset_on_exit guard{find};
  find.bind_blob(1, token_hash);
  if (!find.step()) return std::nullopt;
  return kiosk_identity{find.column_int64(0), find.column_int64(1), find.column_int64(2),
                        calendar::time_zone::find(find.column_text(3))};
}

}  // namespace

prepared_batch prepare_batch(v1::SubmissionBatch batch, std::string token_hash, std::int64_t now) {
  prepared_batch upload;
  upload.payload_hashes.reserve(static_cast<std::size_t>(batch.submissions_size() + batch.remediations_size()));
  for (const auto& s : batch.submissions()) upload.payload_hashes.push_back(payload_hash(s));
  for (const auto& r : batch.remediations()) upload.payload_hashes.push_back(payload_hash(r));
  upload.batch = std::move(batch);
  upload.token_hash = std::move(token_hash);
  upload.now = now;
  return upload;
}

v1::BatchAck make_ack(const v1::SubmissionBatch& batch, const batch_outcome& outcome) {
  v1::BatchAck ack;
  std::size_t item = 0;
  auto add = [&](const std::string& client_id) {
    auto status = item < outcome.statuses.size() ? outcome.statuses[item] : v1::ITEM_STATUS_UNSPECIFIED;
    ++item;
    auto* r = ack.add_results();
    r->set_client_id(client_id);
    r->set_status(status);
    if (status == v1::ITEM_STATUS_CONFLICT) r->set_message("this client id was stored earlier with other content");
    if (status == v1::ITEM_STATUS_TOO_LATE) r->set_message("dated before the accepted window: not stored");
  };
  for (const auto& s : batch.submissions()) add(s.client_id());
  for (const auto& r : batch.remediations()) add(r.client_id());
  return ack;
}

submission_store::submission_store(ingest_limits limits, known_tokens* known) : limits_(limits), known_(known) {}

submission_store::~submission_store() = default;

void submission_store::forget() {
  counts_.forget();
  forget_kiosks();
  watch_.reset();
}

void submission_store::forget_kiosks() {
  kiosks_.clear();
  if (known_) known_->clear();
}

std::optional<kiosk_identity> submission_store::kiosk_of(storage::database& db, const std::string& token_hash) {
  // As many kiosks as a large chain enrolls; past that the map starts over.
  constexpr std::size_t max_kiosks = 100000;
  if (auto found = kiosks_.find(token_hash); found != kiosks_.end()) return found->second;
  auto found = find_kiosk(db, token_hash);
  if (!found) {
    if (known_) known_->remove(token_hash);
    return found;
  }
  if (kiosks_.size() >= max_kiosks) forget_kiosks();
  kiosks_.emplace(token_hash, *found);
  if (known_) known_->add(token_hash);
  return found;
}

batch_outcome submission_store::store(storage::database& db, rollup_accumulator& rollups, const prepared_batch& upload) {
  const auto& batch = upload.batch;
  const auto& token_hash = upload.token_hash;
  batch_outcome out;

  if (watch_.changed(db)) {
    forget_kiosks();
    catalog_.refresh(db);
  }
  auto found = kiosk_of(db, token_hash);
  if (!found) {
    out.result = batch_outcome::kind::unauthorized;
    return out;
  }
  const auto& kiosk = *found;

  // Dates are the store's: its calendar decides what is today. An hour of slack forgives a kiosk
  // clock a little fast at midnight; a store whose zone is unknown gets any zone's today.
  const auto& zone = kiosk.zone;
  int today = zone ? zone->local_day(upload.now) : static_cast<int>(upload.now / 86400);
  int latest = zone ? zone->local_day(upload.now + 3600) : static_cast<int>((upload.now + 14 * 3600) / 86400);
  date_window window{today - limits_.max_age_days, latest};
  // Kiosks that understand it get too-old items acknowledged as too late rather than the batch refused.
  std::vector<int> late;
  if (auto error = validate_batch(batch, catalog_, window, batch.accepts_too_late() ? &late : nullptr)) {
    out.result = batch_outcome::kind::invalid;
    out.error = std::move(error);
    return out;
  }
  auto next_late = late.begin();
  // Returns true when the item at this index (submissions first) is too late; indexes come in order.
  auto is_late = [&late, &next_late](std::size_t index) {
    if (next_late == late.end() || static_cast<std::size_t>(*next_late) != index) return false;
    ++next_late;
    return true;
  };

  auto cap = std::max<std::int64_t>(limits_.daily_cap_min,
                                     static_cast<std::int64_t>(std::ceil(kiosk.headcount * limits_.daily_cap_factor)));

  out.statuses.reserve(upload.payload_hashes.size());
  std::size_t item = 0;
  for (const auto& s : batch.submissions()) {
    const auto& hash = upload.payload_hashes.at(item++);
    if (is_late(item - 1)) {
      settle_late(db, find_submission_sql, s.client_id(), hash, out);
      continue;
    }
    int week = calendar::iso_week(*calendar::parse_date(s.local_date()));
    if (taken_elsewhere(db, remediation_id_taken_sql, s.client_id())) {
      refuse_other_kind(out);
      continue;
    }
    // Past the cap, the session is kept but quarantined.
    auto& day = counts_.of(db, kiosk.kiosk_id, s.local_date());
    bool quarantined = day.sessions >= cap;
    db.cached(insert_submission_sql)
        .bind_blob(1, s.client_id())
        .bind_blob(2, hash)
        .bind(3, kiosk.location_id)
        .bind(4, kiosk.kiosk_id)
        .bind(5, s.local_date())
        .bind(6, week)
        .bind(7, static_cast<std::int64_t>(s.config_version()))
        .bind(8, s.language())
        .bind(9, quarantined ? 1 : 0)
        .run();
    if (db.changes() == 0) {
      settle_known_id(db, find_submission_sql, s.client_id(), hash, out);
      continue;
    }
    ++day.sessions;
    question_ids_.clear();
    for (const auto& a : s.answers()) question_ids_.push_back(catalog_.find(a.question_key())->id);
    insert_answers(db, question_ids_, db.last_insert_rowid(), s);
    if (!quarantined) {
      for (int i = 0; i < s.answers_size(); ++i)
        rollups.add_answer(kiosk.location_id, question_ids_[static_cast<std::size_t>(i)], week, s.answers(i).value());
    }
    rollups.add_session(kiosk.location_id, week, quarantined);
    accept_new(out, quarantined);
  }

  for (const auto& r : batch.remediations()) {
    const auto& hash = upload.payload_hashes.at(item++);
    if (is_late(item - 1)) {
      settle_late(db, find_remediation_sql, r.client_id(), hash, out);
      continue;
    }
    int week = calendar::iso_week(*calendar::parse_date(r.local_date()));
    if (taken_elsewhere(db, submission_id_taken_sql, r.client_id())) {
      refuse_other_kind(out);
      continue;
    }
    auto& day = counts_.of(db, kiosk.kiosk_id, r.local_date());
    bool quarantined = day.remediations >= cap;
    db.cached(insert_remediation_sql)
        .bind_blob(1, r.client_id())
        .bind_blob(2, hash)
        .bind(3, kiosk.location_id)
        .bind(4, kiosk.kiosk_id)
        .bind(5, r.local_date())
        .bind(6, week)
        .bind(7, static_cast<int>(r.category()))
        .bind(8, static_cast<int>(r.amount_band()))
        .bind(9, quarantined ? 1 : 0)
        .run();
    if (db.changes() == 0) {
      settle_known_id(db, find_remediation_sql, r.client_id(), hash, out);
      continue;
    }
    ++day.remediations;
    if (!quarantined) rollups.add_remediation(kiosk.location_id, week, r.category(), r.amount_band());
    accept_new(out, quarantined);
  }
  return out;
}

void submission_store::touch_kiosk(storage::database& db, std::int64_t kiosk_id, std::int64_t seen_hour,
                                   const kiosk_report& report) {
  // A change seen here is still the next upload's to reload; this write alone is not one.
  const bool stale = watch_.changed(db);
  auto& touch = db.cached(touch_kiosk_sql);
  reset_on_exit guard{touch};
  touch.bind(1, seen_hour).bind(3, kiosk_id);
  if (report.queued) {
    touch.bind(2, *report.queued);
  } else {
    touch.bind_null(2);
  }
  if (report.state.empty()) {
    touch.bind_null(4);
  } else {
    touch.bind(4, report.state);
  }
  if (report.refused) {
    touch.bind(5, *report.refused);
  } else {
    touch.bind_null(5);
  }
  touch.run();
  watch_.absorb(db);
  if (stale) watch_.reset();
}

}  // namespace storepulse::ingest
