#pragma once

#include "server/auth/principal.h"
#include "server/auth/user_store.h"
#include "server/storage/database.h"

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

namespace storepulse::auth {

// A change to a dashboard account, from the web or the admin tool.
struct account_change {
  enum class kind { deactivate, reactivate, set_role, set_locations, set_password };
  // Implicit, since a kind alone is a whole deactivation or reactivation.
  account_change(kind what_to_do) : what(what_to_do) {}

  kind what;
  role new_role = role::manager;            // set_role
  std::vector<std::string> location_codes;  // set_role to manager (kept when empty), set_locations
  std::string password_hash;                // set_password
};

// A change that cannot be made because the account already is that way.
class account_conflict : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

// One recorded change, for HR.
struct account_change_record {
  std::string changed_at;  // UTC, "YYYY-MM-DD HH:MM"
  std::string actor;
  std::string username;
  std::string action;
  std::string detail;
};

// Returns true when actor may make the change to target's account: HR admins change any account
// but their own (so an active HR admin always remains), operators only operators' and only as
// operators, managers none.
bool may_change(const principal& actor, const user_record& target, const account_change& change);

// Applies the change in the caller's transaction, raises the account's credentials version (which
// ends its sessions) and records who did what, when. Returns the record's words. Throws
// account_conflict when there is nothing to change, std::invalid_argument when the change is not
// possible (a manager without stores, an unknown store code, stores for a role that sees all or
// none); nothing is written then.
std::string apply_change(storage::database& db, const user_record& target, const account_change& change,
                         const std::string& actor);

// Records that a user was added.
void record_added(storage::database& db, std::int64_t user_id, const std::string& actor, const std::string& detail);

// Returns the latest recorded changes, newest first.
std::vector<account_change_record> list_changes(storage::database& db, std::size_t limit);

// Returns the credentials version of every active account, by user id.
std::unordered_map<std::int64_t, std::int64_t> active_credentials(storage::database& db);

}  // namespace storepulse::auth
