// The sync worker's uploads: batches, the server's answers to them, and how each item ends.
#include "kiosk/core/sync/refusal_reasons.h"
#include "kiosk/core/sync/sync_messages.h"
#include "kiosk/core/sync/sync_worker.h"

#include <unordered_map>

namespace storepulse::kiosk {

using namespace sync_messages;

sync_worker::outcome sync_worker::upload_all(kiosk_client& client, const std::string& store) {
  for (;;) {
    {
      std::lock_guard lock(mutex_);
      if (stopping_) return outcome::ok;
    }
    // Items go only under the token of the store they were given at.
    auto items = queue_.take(options_.batch_size, store);
    if (items.empty()) return outcome::ok;
    auto result = do_upload(client, std::move(items));
    refresh_counts();
    notify();
    if (result != outcome::ok) return result;
  }
}

sync_worker::outcome sync_worker::do_upload(kiosk_client& client, std::vector<queued_item> items) {
  storepulse::v1::SubmissionBatch batch;
  batch.set_protocol_version(storepulse::v1::PROTOCOL_VERSION_CURRENT);
  batch.set_accepts_too_late(true);
  // The ack answers submissions first, then remediations: keep the items in that order.
  std::vector<queued_item> ordered;
  ordered.reserve(items.size());
  std::vector<std::pair<std::string, std::string>> unreadable;
  for (int pass = 0; pass < 2; ++pass) {
    for (auto& item : items) {
      if (item.remediation != (pass == 1)) continue;
      bool parsed = item.remediation ? batch.add_remediations()->ParseFromString(item.payload)
                                     : batch.add_submissions()->ParseFromString(item.payload);
      if (!parsed) {
        item.remediation ? batch.mutable_remediations()->RemoveLast() : batch.mutable_submissions()->RemoveLast();
        unreadable.emplace_back(item.client_id, std::string(reason_unreadable));
        continue;
      }
      ordered.push_back(std::move(item));
    }
  }
  queue_.refuse(unreadable);
  if (ordered.empty()) return outcome::ok;

  auto result = client.upload(batch);
  if (result.transport_failed) {
    set_failed(result);
    return outcome::failed;
  }
  {
    std::lock_guard lock(mutex_);
    note_reached();
  }
  const int status = result.http_status;
  if (status == 200) {
    bool resolved = apply_ack(ordered, result.ack);
    std::lock_guard lock(mutex_);
    status_.last_sync_unix = unix_now() / 3600 * 3600;  // the hour only: a minute would date a session
    status_.message = resolved ? std::string() : std::string("The server left some answers unconfirmed; retrying.");
    return resolved ? outcome::ok : outcome::failed;
  }
  std::unique_lock lock(mutex_);
  if (auto refused = server_refusal(result)) return *refused;
  const bool names_item = (status == 400 || status == 409 || status == 422) && result.item_index >= 0 &&
                          static_cast<std::size_t>(result.item_index) < ordered.size();
  if (status == 413 && ordered.size() > 1) {
    lock.unlock();
    // Too large: halve until each part fits.
    std::vector<queued_item> second(std::make_move_iterator(ordered.begin() + static_cast<std::ptrdiff_t>(ordered.size() / 2)),
                                    std::make_move_iterator(ordered.end()));
    ordered.resize(ordered.size() / 2);
    auto next = do_upload(client, std::move(ordered));
    return next == outcome::ok ? do_upload(client, std::move(second)) : next;
  }
  if (status == 413) {
    lock.unlock();
    // One item alone is over the server's limit: no retry can pass.
    return settle_refused_item(client, std::move(ordered), 0, std::string(reason_too_large));
  }
  if (names_item) {
    lock.unlock();
    return settle_refused_item(client, std::move(ordered), static_cast<std::size_t>(result.item_index), result.error);
  }
  // A refusal of the whole batch says nothing against any item (a proxy answering 400 to plain
  // HTTP, say): nothing is set aside, the batch goes again after a backoff.
  status_.message = "Upload refused (HTTP " + std::to_string(status) + ": " + result.message +
                    "); answers are kept and sent again later.";
  return outcome::failed;
}

sync_worker::outcome sync_worker::settle_refused_item(kiosk_client& client, std::vector<queued_item> items,
                                                      std::size_t index, const std::string& code) {
  const auto& id = items[index].client_id;
  if (classify_refusal(code) == refusal_kind::final) {
    queue_.refuse({{id, code}});
  } else {
    queue_.hold(id, code.empty() ? std::string("refused") : code);
  }
  items.erase(items.begin() + static_cast<std::ptrdiff_t>(index));
  if (items.empty()) return outcome::ok;
  return do_upload(client, std::move(items));
}

bool sync_worker::apply_ack(const std::vector<queued_item>& items, const storepulse::v1::BatchAck& ack) {
  std::unordered_map<std::string, const storepulse::v1::ItemResult*> by_id;
  for (const auto& result : ack.results()) by_id.emplace(result.client_id(), &result);
  std::vector<std::string> accepted;
  std::vector<std::pair<std::string, std::string>> refused;
  bool resolved = true;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const storepulse::v1::ItemResult* result = nullptr;
    if (auto it = by_id.find(items[i].client_id); it != by_id.end()) {
      result = it->second;
    } else if (ack.results_size() == static_cast<int>(items.size()) && ack.results(static_cast<int>(i)).client_id().empty()) {
      result = &ack.results(static_cast<int>(i));
    }
    const auto status = result ? result->status() : storepulse::v1::ITEM_STATUS_UNSPECIFIED;
    if (status == storepulse::v1::ITEM_STATUS_ACCEPTED) {
      accepted.push_back(items[i].client_id);
    } else if (status == storepulse::v1::ITEM_STATUS_CONFLICT) {
      // Another payload was stored under this id; resending can never succeed.
      refused.emplace_back(items[i].client_id, std::string(reason_conflict));
    } else if (status == storepulse::v1::ITEM_STATUS_TOO_LATE) {
      // Older than the server accepts: counted there, stored nowhere.
      refused.emplace_back(items[i].client_id, std::string(reason_too_late));
    } else {
      resolved = false;
    }
  }
  queue_.remove(accepted);
  queue_.refuse(refused);
  return resolved;
}

}  // namespace storepulse::kiosk
