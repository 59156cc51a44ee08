#include "server/auth/account_changes.h"

#include <algorithm>
#include <stdexcept>

namespace storepulse::auth {
namespace {

std::string joined(const std::vector<std::string>& codes) {
  std::string text;
  for (const auto& code : codes) text += (text.empty() ? "" : ", ") + code;
  return text.empty() ? "none" : text;
}

void record(storage::database& db, std::int64_t user_id, const std::string& actor, std::string_view action,
            const std::string& detail) {
  auto stmt = db.prepare(
      "INSERT INTO user_changes (changed_at, actor, user_id, action, detail) "
      "VALUES (strftime('%Y-%m-%d %H:%M', 'now'), ?1, ?2, ?3, ?4)");
  stmt.bind(1, actor).bind(2, user_id).bind(3, action).bind(4, detail);
  stmt.run();
}

void replace_locations(storage::database& db, std::int64_t user_id, const std::vector<std::int64_t>& ids) {
  db.prepare("DELETE FROM user_locations WHERE user_id = ?1").bind(1, user_id).run();
  auto link = db.prepare("INSERT OR IGNORE INTO user_locations (user_id, location_id) VALUES (?1, ?2)");
  for (auto id : ids) {
    link.reset();
    link.bind(1, user_id).bind(2, id);
    link.run();
  }
}

// Returns the codes as stored: sorted, without repeats.
std::vector<std::string> normalized(std::vector<std::string> codes) {
  std::sort(codes.begin(), codes.end());
  codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
  return codes;
}

// Changes role and stores; returns the action and its words.
std::pair<std::string, std::string> change_access(storage::database& db, const user_record& target,
                                                  const account_change& change) {
  auto codes = normalized(change.location_codes);
  if (change.what == account_change::kind::set_locations && target.user_role != role::manager)
    throw std::invalid_argument("only managers have stores; HR admins see every store and operators none");
  auto new_role = change.what == account_change::kind::set_role ? change.new_role : target.user_role;
  if (new_role != role::manager && !codes.empty())
    throw std::invalid_argument("only managers have stores; HR admins see every store and operators none");
  if (new_role == role::manager && codes.empty()) {
    if (target.user_role != role::manager) throw std::invalid_argument("a manager needs at least one store");
    codes = target.location_codes;
  }
  if (new_role == target.user_role && codes == target.location_codes)
    throw account_conflict("nothing to change: the account already has this role and these stores");
  auto ids = location_ids_of(db, codes);
  if (new_role != target.user_role) {
    db.prepare("UPDATE users SET role = ?2 WHERE id = ?1").bind(1, target.id).bind(2, role_name(new_role)).run();
  }
  replace_locations(db, target.id, ids);
  if (new_role == target.user_role)
    return {"stores", joined(target.location_codes) + " -> " + joined(codes)};
  std::string detail = std::string(role_name(target.user_role)) + " -> " + role_name(new_role);
  if (new_role == role::manager) detail += " (stores " + joined(codes) + ")";
  return {"role", detail};
}

}  // namespace

bool may_change(const principal& actor, const user_record& target, const account_change& change) {
  if (actor.user_id == target.id) return false;
  switch (actor.user_role) {
    case role::hr_admin: return true;
    case role::operator_role:
      if (target.user_role != role::operator_role) return false;
      if (change.what == account_change::kind::set_locations) return false;
      return change.what != account_change::kind::set_role || change.new_role == role::operator_role;
    case role::manager: return false;
  }
  return false;
}

std::string apply_change(storage::database& db, const user_record& target, const account_change& change,
                         const std::string& actor) {
  std::string action, detail;
  switch (change.what) {
    case account_change::kind::deactivate:
      if (!target.active) throw account_conflict("the account is already deactivated");
      db.prepare("UPDATE users SET active = 0 WHERE id = ?1").bind(1, target.id).run();
      action = "deactivated";
      break;
    case account_change::kind::reactivate:
      if (target.active) throw account_conflict("the account is already active");
      db.prepare("UPDATE users SET active = 1 WHERE id = ?1").bind(1, target.id).run();
      action = "reactivated";
      break;
    case account_change::kind::set_role:
    case account_change::kind::set_locations: {
      auto access = change_access(db, target, change);
      action = access.first;
      detail = access.second;
      break;
    }
    case account_change::kind::set_password:
      if (change.password_hash.empty()) throw std::invalid_argument("no password given");
      db.prepare("UPDATE users SET password_hash = ?2 WHERE id = ?1").bind(1, target.id).bind(2, change.password_hash).run();
      action = "password";
      detail = "reset";
      break;
  }
  db.prepare("UPDATE users SET credentials_version = credentials_version + 1 WHERE id = ?1").bind(1, target.id).run();
  record(db, target.id, actor, action, detail);
  return detail.empty() ? action : action + ": " + detail;
}

void record_added(storage::database& db, std::int64_t user_id, const std::string& actor, const std::string& detail) {
  record(db, user_id, actor, "added", detail);
}

std::vector<account_change_record> list_changes(storage::database& db, std::size_t limit) {
  std::vector<account_change_record> changes;
  auto stmt = db.prepare(
      "SELECT c.changed_at, c.actor, u.username, c.action, c.detail FROM user_changes c "
      "JOIN users u ON u.id = c.user_id ORDER BY c.id DESC LIMIT ?1");
  stmt.bind(1, static_cast<std::int64_t>(limit));
  while (stmt.step())
    changes.push_back({stmt.column_text(0), stmt.column_text(1), stmt.column_text(2), stmt.column_text(3),
                       stmt.column_text(4)});
  return changes;
}

std::unordered_map<std::int64_t, std::int64_t> active_credentials(storage::database& db) {
  std::unordered_map<std::int64_t, std::int64_t> versions;
  auto stmt = db.prepare("SELECT id, credentials_version FROM users WHERE active = 1");
  while (stmt.step()) versions.emplace(stmt.column_int64(0), stmt.column_int64(1));
  return versions;
}

}  // namespace storepulse::auth
