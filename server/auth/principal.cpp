#include "server/auth/principal.h"

#include <algorithm>

namespace storepulse::auth {

const char* role_name(role r) {
  switch (r) {
    case role::hr_admin: return "hr_admin";
    case role::manager: return "manager";
    case role::operator_role: return "operator";
  }
  return "unknown";
}

bool principal::may_see_location(std::int64_t location_id) const {
  if (user_role == role::hr_admin) return true;
  if (user_role == role::operator_role) return false;
  return std::find(location_ids.begin(), location_ids.end(), location_id) != location_ids.end();
}

}  // namespace storepulse::auth
