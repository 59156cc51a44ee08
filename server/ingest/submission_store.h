#pragma once

#include "calendar/time_zone.h"
#include "server/ingest/batch_validator.h"
#include "server/ingest/change_watch.h"
#include "server/ingest/daily_counts.h"
#include "server/ingest/known_tokens.h"
#include "server/ingest/question_catalog.h"
#include "server/ingest/rollup_accumulator.h"
#include "server/storage/database.h"
#include "storepulse/v1/kiosk.pb.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace storepulse::ingest {

struct ingest_limits {
  int max_age_days = 62;
  double daily_cap_factor = 1.5;
  int daily_cap_min = 10;
};

// A batch as a network thread hands it to the writer: parsed, with its token and each item's
// content hashed there, so that the writer's thread does only what needs the database.
struct prepared_batch {
  v1::SubmissionBatch batch;
  std::string token_hash;                   // SHA-256 of the device token
  std::vector<std::string> payload_hashes;  // per item, submissions first, then remediations
  std::int64_t now = 0;                     // unix seconds when it arrived
};

// Hashes each item of a batch: BLAKE2b of its deterministic serialization, which an identical
// replay matches and other content under the same client id does not.
prepared_batch prepare_batch(v1::SubmissionBatch batch, std::string token_hash, std::int64_t now);

// What storing one batch came to.
struct batch_outcome {
  enum class kind { stored, unauthorized, invalid };
  kind result = kind::stored;
  std::optional<batch_error> error;
  // When stored: each item's status, submissions first, then remediations (see make_ack).
  std::vector<v1::ItemStatus> statuses;
  int stored = 0, duplicates = 0, conflicts = 0, quarantined = 0;
  int too_late = 0;  // dated before the accepted window: acknowledged, stored nowhere
};

// Returns the acknowledgement of a stored batch: each item's client id and status.
v1::BatchAck make_ack(const v1::SubmissionBatch& batch, const batch_outcome& outcome);

// What a kiosk's configuration check reports about it, for operators: codes and counts only.
struct kiosk_report {
  std::optional<std::int64_t> queued;   // answers waiting on the kiosk; absent: unchanged
  std::string state;                    // a problem such as "queue_error"; empty: none
  std::optional<std::string> refused;   // "reason:count,..." since enrollment; absent: unchanged
};

// The kiosk a device token belongs to.
struct kiosk_identity {
  std::int64_t kiosk_id = 0;
  std::int64_t location_id = 0;
  std::int64_t headcount = 0;
  std::shared_ptr<const calendar::time_zone> zone;  // the store's; null when its name is unknown
};

// Stores submission batches; used only on the writer thread, inside the writer's transaction.
class submission_store {
 public:
  // known, when given, mirrors the token hashes of the kiosks the store keeps in memory.
  explicit submission_store(ingest_limits limits, known_tokens* known = nullptr);
  ~submission_store();

  // Authenticates, validates and stores one batch; nothing is written unless every item is valid.
  // The kiosk's row is left alone: an upload's time must not show anywhere.
  batch_outcome store(storage::database& db, rollup_accumulator& rollups, const prepared_batch& upload);
  // Sets a kiosk's last-seen hour (unix seconds) and what it reported, from its configuration
  // check. Kiosks kept in memory stay: they hold none of it.
  void touch_kiosk(storage::database& db, std::int64_t kiosk_id, std::int64_t seen_hour, const kiosk_report& report);
  // Drops what the store keeps in memory about the database (kiosks, daily counts); the writer's
  // rollbacks call for it.
  void forget();

 private:
  // Returns the kiosk of a token, from memory once it has been looked up.
  std::optional<kiosk_identity> kiosk_of(storage::database& db, const std::string& token_hash);
  void forget_kiosks();

  ingest_limits limits_;
  known_tokens* known_;
  // Kiosks by token hash and the question catalog are reloaded when the watch sees a change.
  change_watch watch_{{"kiosks", "locations", "questions"}};
  std::unordered_map<std::string, kiosk_identity> kiosks_;
  question_catalog catalog_;
  daily_counts counts_;
  std::vector<std::int64_t> question_ids_;  // of the submission being stored, reused
};

}  // namespace storepulse::ingest
