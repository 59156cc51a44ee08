#pragma once

#include "storepulse/v1/kiosk.pb.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

struct sqlite3;

namespace storepulse::kiosk {

// One answer waiting on the kiosk. payload: a serialized v1::SurveySubmission or v1::RemediationEvent.
struct queued_item {
  std::string client_id;
  bool remediation = false;
  std::string payload;
};

// An item the server refused for a reason that may pass (a configuration change, a clock fix):
// held until the next configuration, then sent again.
struct held_item {
  std::string client_id;
  bool remediation = false;
  std::string reason;
};

// What moving the queue to another store came to.
struct store_switch {
  bool switched = false;      // the queue belongs to the new store now
  std::size_t discarded = 0;  // items of the old store deleted, when asked for
  std::size_t left = 0;       // items of the old store still there, when not switched
};

// The kiosk's durable outbox: an SQLite file in WAL mode with synchronous=FULL, so an item is on
// disk when push returns. No time is stored with an item. Every item belongs to the store the
// queue is for, which changes only when no other store's item is left. Thread-safe.
//
// A file that cannot be opened (corrupted, unreadable) does not stop the kiosk: each call tries
// to open it again and throws while it fails, and problem() says why.
class offline_queue {
 public:
  explicit offline_queue(const std::string& path);
  ~offline_queue();
  offline_queue(const offline_queue&) = delete;
  offline_queue& operator=(const offline_queue&) = delete;

  // Stores a survey session durably; a second push of the same client id changes nothing.
  void push(const storepulse::v1::SurveySubmission& submission);
  // Stores a remediation event durably; a second push of the same client id changes nothing.
  void push(const storepulse::v1::RemediationEvent& event);
  // Returns items waiting to be sent (held items not included).
  std::size_t size() const;
  // Returns items held until the next configuration.
  std::size_t held_count() const;
  // Returns up to max waiting items in shuffled order (not removed); with store given, none
  // when the queue is another store's.
  std::vector<queued_item> take(std::size_t max, const std::optional<std::string>& store = std::nullopt);
  // Deletes items after the server acknowledged them.
  void remove(const std::vector<std::string>& client_ids);
  // Holds a waiting item until release_held: the server refused it for a reason that may pass.
  void hold(const std::string& client_id, const std::string& reason);
  // Makes every held item wait to be sent again.
  void release_held();
  // Returns the held items with their reasons.
  std::vector<held_item> held_items() const;
  // Deletes items the server refused for good (client id, reason), counting each under its
  // reason, in one transaction.
  void refuse(const std::vector<std::pair<std::string, std::string>>& refused);
  // Returns how many items were refused for good, by reason, since the last reset_refusals.
  std::map<std::string, std::int64_t> refusals() const;
  // Starts the counts of refusals over (a new enrollment reports its own).
  void reset_refusals();
  // Returns the code of the store the items were given at; empty when the queue has none yet.
  std::string store() const;
  // Sets the store when the queue has none yet (a queue made before stores were recorded).
  void adopt_store(const std::string& code);
  // Makes the queue the store's: at once when it holds no other store's item; else, with discard,
  // by deleting them; else not, and says how many are left.
  store_switch switch_store(const std::string& code, bool discard);
  // Returns why the file could not be opened or last failed to be written, or "" once a write worked.
  std::string problem() const;
  // Returns the file this queue lives in.
  const std::string& path() const { return path_; }

 private:
  // Returns the open connection, opening it when needed; the mutex must be held. Throws.
  sqlite3* handle() const;
  void open() const;
  // Runs a queue operation under the mutex, recording a failure as the queue's problem; a write
  // that works clears it.
  template <class Operation>
  auto guarded(bool write, Operation&& operation) const;
  void insert(const std::string& client_id, bool remediation, const std::string& payload);

  std::string path_;
  mutable std::mutex mutex_;
  mutable sqlite3* db_ = nullptr;
  mutable std::string problem_;
};

}  // namespace storepulse::kiosk
