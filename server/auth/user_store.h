#pragma once

#include "server/auth/principal.h"
#include "server/storage/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace storepulse::auth {

// One dashboard user as stored, with the codes of their assigned locations.
struct user_record {
  std::int64_t id = 0;
  std::string username;
  std::string password_hash;
  role user_role = role::manager;
  bool active = true;
  std::string created_on;
  std::string last_login_on;
  std::int64_t credentials_version = 1;
  std::vector<std::int64_t> location_ids;
  std::vector<std::string> location_codes;
};

// Returns the role named "hr_admin", "manager" or "operator", or nullopt.
std::optional<role> parse_role(std::string_view name);

// Returns the user with this username (case-insensitive), or nullopt.
std::optional<user_record> find_user(storage::database& db, std::string_view username);

// Returns the user with this id, or nullopt.
std::optional<user_record> find_user_by_id(storage::database& db, std::int64_t id);

// Returns the ids of the locations with these codes, in order; throws std::invalid_argument
// naming an unknown code.
std::vector<std::int64_t> location_ids_of(storage::database& db, const std::vector<std::string>& codes);

// Returns every user ordered by username, without password hashes.
std::vector<user_record> list_users(storage::database& db);

// Inserts a user with an already hashed password and its locations (by code); returns its id.
// Throws std::invalid_argument for an unknown location code or a duplicate username.
std::int64_t insert_user(storage::database& db, const std::string& username, const std::string& password_hash,
                         role user_role, const std::vector<std::string>& location_codes);

// Records the date (UTC, no time of day) of a successful sign-in.
void record_login(storage::database& db, std::int64_t user_id);

// Returns the principal a session carries for this user.
principal to_principal(const user_record& user);

}  // namespace storepulse::auth
