#include "server/auth/credentials_check.h"

#include "server/auth/account_changes.h"

namespace storepulse::auth {

std::size_t end_changed_sessions(storage::database& db, session_store& sessions) {
  return sessions.end_outdated(active_credentials(db));
}

}  // namespace storepulse::auth
