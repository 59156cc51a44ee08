#include "server/admin/command_scope.h"

#include "server/auth/user_store.h"

#include <stdexcept>

namespace storepulse::admin {

command_scope scope_of_options(storage::database& db, const std::string& location, const std::string& region,
                               bool organisation) {
  command_scope scope;
  if (!location.empty()) {
    auto stmt = db.prepare("SELECT id FROM locations WHERE code = ?1");
    stmt.bind(1, location);
    if (!stmt.step()) throw std::invalid_argument("--location: no store " + location);
    scope.kind = v1::SCOPE_KIND_LOCATION;
    scope.location_id = stmt.column_int64(0);
  } else if (!region.empty()) {
    scope.kind = v1::SCOPE_KIND_REGION;
    scope.region = region;
  } else if (organisation) {
    scope.kind = v1::SCOPE_KIND_ORGANISATION;
  } else {
    throw std::invalid_argument("give --location, --region or --organisation");
  }
  return scope;
}

auth::principal active_user(storage::database& db, const std::string& option, const std::string& username) {
  auto user = auth::find_user(db, username);
  if (!user || !user->active) throw std::invalid_argument(option + ": no active user " + username);
  return auth::to_principal(*user);
}

}  // namespace storepulse::admin
