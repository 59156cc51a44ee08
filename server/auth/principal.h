#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace storepulse::auth {

enum class role { hr_admin, manager, operator_role };

// Returns "hr_admin", "manager" or "operator".
const char* role_name(role r);

// A signed-in dashboard user and what they may see.
struct principal {
  std::int64_t user_id = 0;
  std::string username;
  role user_role = role::manager;
  std::vector<std::int64_t> location_ids;  // managers only: their assigned locations
  std::string csrf_token;
  // The account's credentials version when the session began; any change to the account
  // raises it, which ends the session.
  std::int64_t credentials_version = 0;

  // Returns true when this user may see scores of the location.
  bool may_see_location(std::int64_t location_id) const;
  // Returns true when this user may see scores at all (operators may not).
  bool may_see_scores() const { return user_role != role::operator_role; }
};

}  // namespace storepulse::auth
