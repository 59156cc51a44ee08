#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace storepulse::kiosk {

// What the screens show about synchronisation: the small mark on the attract screen and the
// operator panel. The app copies it from the sync worker.
struct sync_mark {
  bool online = false;
  bool enrolled = false;
  bool needs_enrollment = false;
  bool protocol_mismatch = false;
  bool tls_refused = false;  // the server failed the TLS checks; message says why
  bool queue_error = false;  // the queue file cannot be read or written; message says why
  std::size_t queued = 0;
  std::size_t held = 0;     // refused for now, sent again after the next configuration
  std::size_t refused = 0;  // refused for good since enrollment, reported and deleted
  std::optional<std::int64_t> last_sync_unix;
  std::string message;
  std::string server_address;
  // What the kiosk trusts the server by: the pin's short form, a CA file, or the system's store.
  bool plain_http = false;
  std::string pin_short;
  std::string ca_file;

  bool operator==(const sync_mark&) const = default;
};

}  // namespace storepulse::kiosk
