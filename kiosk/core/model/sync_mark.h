#pragma once

#include "kiosk/core/config/device_settings.h"
#include "kiosk/core/sync/sync_status.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

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
  std::optional<std::int64_t> offline_since_unix;  // a whole hour; unset while online
  std::string message;
  std::string server_address;
  // What the kiosk trusts the server by: the pin's short form, a CA file or the system's store.
  bool plain_http = false;
  std::string pin_short;
  std::string ca_file;

  bool operator==(const sync_mark&) const = default;
};

// Where the kiosk stands with its server, as the mark and the operator panel name it.
enum class connection_state {
  online,
  offline,
  revoked,       // enrolled, but the server refuses the token: it must be enrolled again
  not_enrolled,  // no token yet
};

// Returns the mark for the worker's status and settings.
sync_mark make_sync_mark(const sync_status& status, const device_settings& settings);

// Returns where the kiosk stands; a refused token wins over a server that answers.
connection_state connection_of(const sync_mark& mark);

// Returns the status mark's text in the language, e.g. "Online  ·  3 waiting to send".
std::string sync_mark_label(const sync_mark& mark, std::string_view language);

// Returns the operator panel's status line in the language, e.g. "Enrolled  ·  Offline since 14:00";
// now_unix tells an hour of today from one of an earlier day, both in the kiosk's time zone.
std::string operator_status_line(const sync_mark& mark, std::string_view language, std::int64_t now_unix);

}  // namespace storepulse::kiosk
