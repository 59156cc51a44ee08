#pragma once

#include "server/auth/session_store.h"
#include "server/storage/database.h"

#include <cstddef>

namespace storepulse::auth {

// Ends the sessions of accounts changed since they began (deactivated, another role or stores,
// a new password) by comparing each session's credentials version with the account's; returns
// how many ended. A change made on the web ends its sessions at once by itself, but the admin
// tool writes from another process, so the server also runs this a few times a second while
// anyone is signed in. Looking the account up on every request instead would put SQLite on the
// network threads, where every route authorizes its caller.
std::size_t end_changed_sessions(storage::database& db, session_store& sessions);

}  // namespace storepulse::auth
