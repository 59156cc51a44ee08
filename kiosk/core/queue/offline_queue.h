#pragma once

#include "storepulse/v1/kiosk.pb.h"

#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

struct sqlite3;

namespace storepulse::kiosk {

// One answer waiting on the kiosk. payload: a serialized v1::SurveySubmission or v1::RemediationEvent.
struct queued_item {
  std::string client_id;
  bool remediation = false;
  std::string payload;
};

// An item the server refused for good (conflict, invalid), kept for the operator.
struct set_aside_item {
  std::string client_id;
  bool remediation = false;
  std::string reason;
};

// The kiosk's durable outbox: an SQLite file in WAL mode with synchronous=FULL, so an item is on
// disk when push returns. No time is stored with an item. Thread-safe.
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
  // Returns items waiting to be sent.
  std::size_t size() const;
  // Returns items the server refused as conflicts.
  std::size_t set_aside_count() const;
  // Returns up to max waiting items in shuffled order (not removed).
  std::vector<queued_item> take(std::size_t max);
  // Deletes items after the server acknowledged them.
  void remove(const std::vector<std::string>& client_ids);
  // Moves a waiting item aside so that it is never sent again; the reason is kept for operators.
  void set_aside(const std::string& client_id, const std::string& reason);
  // Returns the items set aside.
  std::vector<set_aside_item> set_aside_items() const;
  // Returns the file this queue lives in.
  const std::string& path() const { return path_; }

 private:
  void insert(const std::string& client_id, bool remediation, const std::string& payload);

  std::string path_;
  mutable std::mutex mutex_;
  sqlite3* db_ = nullptr;
};

}  // namespace storepulse::kiosk
