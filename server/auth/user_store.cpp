#include "server/auth/user_store.h"

#include <stdexcept>

namespace storepulse::auth {
namespace {

constexpr std::string_view today_utc = "strftime('%Y-%m-%d', 'now')";

void load_locations(storage::database& db, user_record& user) {
  auto stmt = db.prepare(
      "SELECT l.id, l.code FROM user_locations ul JOIN locations l ON l.id = ul.location_id "
      "WHERE ul.user_id = ?1 ORDER BY l.code");
  stmt.bind(1, user.id);
  while (stmt.step()) {
    user.location_ids.push_back(stmt.column_int64(0));
    user.location_codes.push_back(stmt.column_text(1));
  }
}

user_record read_row(storage::statement& stmt) {
  user_record user;
  user.id = stmt.column_int64(0);
  user.username = stmt.column_text(1);
  user.password_hash = stmt.column_text(2);
  user.user_role = parse_role(stmt.column_text(3)).value_or(role::manager);
  user.active = stmt.column_int(4) != 0;
  user.created_on = stmt.column_text(5);
  user.last_login_on = stmt.column_is_null(6) ? std::string() : stmt.column_text(6);
  user.credentials_version = stmt.column_int64(7);
  return user;
}

constexpr std::string_view user_columns =
    "SELECT id, username, password_hash, role, active, created_on, last_login_on, credentials_version FROM users ";

// Returns the user the statement finds, with their stores, or nullopt.
std::optional<user_record> first_user(storage::database& db, storage::statement& stmt) {
  if (!stmt.step()) return std::nullopt;
  auto user = read_row(stmt);
  load_locations(db, user);
  return user;
}

}  // namespace

std::optional<role> parse_role(std::string_view name) {
  if (name == "hr_admin") return role::hr_admin;
  if (name == "manager") return role::manager;
  if (name == "operator") return role::operator_role;
  return std::nullopt;
}

std::optional<user_record> find_user(storage::database& db, std::string_view username) {
  auto stmt = db.prepare(std::string(user_columns) + "WHERE username = ?1");
  stmt.bind(1, username);
  return first_user(db, stmt);
}

std::optional<user_record> find_user_by_id(storage::database& db, std::int64_t id) {
  auto stmt = db.prepare(std::string(user_columns) + "WHERE id = ?1");
  stmt.bind(1, id);
  return first_user(db, stmt);
}

std::vector<std::int64_t> location_ids_of(storage::database& db, const std::vector<std::string>& codes) {
  std::vector<std::int64_t> ids;
  auto find_location = db.prepare("SELECT id FROM locations WHERE code = ?1");
  for (const auto& code : codes) {
    find_location.reset();
    find_location.bind(1, code);
    if (!find_location.step()) throw std::invalid_argument("unknown location code '" + code + "'");
    ids.push_back(find_location.column_int64(0));
  }
  return ids;
}

std::vector<user_record> list_users(storage::database& db) {
  std::vector<user_record> users;
  auto stmt = db.prepare(
      "SELECT id, username, '', role, active, created_on, last_login_on, credentials_version FROM users "
      "ORDER BY username");
  while (stmt.step()) users.push_back(read_row(stmt));
  for (auto& user : users) load_locations(db, user);
  return users;
}

std::int64_t insert_user(storage::database& db, const std::string& username, const std::string& password_hash,
                         role user_role, const std::vector<std::string>& location_codes) {
  if (username.empty() || username.size() > 64) throw std::invalid_argument("username must be 1-64 characters");
  auto exists = db.prepare("SELECT 1 FROM users WHERE username = ?1");
  exists.bind(1, username);
  if (exists.step()) throw std::invalid_argument("user '" + username + "' already exists");

  auto location_ids = location_ids_of(db, location_codes);

  auto insert = db.prepare(std::string("INSERT INTO users (username, password_hash, role, created_on) "
                                       "VALUES (?1, ?2, ?3, ") + std::string(today_utc) + ")");
  insert.bind(1, username).bind(2, password_hash).bind(3, role_name(user_role));
  insert.run();
  auto id = db.last_insert_rowid();
  auto link = db.prepare("INSERT OR IGNORE INTO user_locations (user_id, location_id) VALUES (?1, ?2)");
  for (auto location_id : location_ids) {
    link.reset();
    link.bind(1, id).bind(2, location_id);
    link.run();
  }
  return id;
}

void record_login(storage::database& db, std::int64_t user_id) {
  auto stmt = db.prepare(std::string("UPDATE users SET last_login_on = ") + std::string(today_utc) +
                         " WHERE id = ?1");
  stmt.bind(1, user_id);
  stmt.run();
}

principal to_principal(const user_record& user) {
  principal who;
  who.user_id = user.id;
  who.username = user.username;
  who.user_role = user.user_role;
  who.credentials_version = user.credentials_version;
  if (user.user_role == role::manager) who.location_ids = user.location_ids;
  return who;
}

}  // namespace storepulse::auth
