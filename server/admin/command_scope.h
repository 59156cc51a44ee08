#pragma once

#include "server/auth/principal.h"
#include "server/storage/database.h"
#include "storepulse/v1/reports.pb.h"

#include <cstdint>
#include <string>

namespace storepulse::admin {

// Where a plan or a round applies, from --location CODE, --region NAME or --organisation.
struct command_scope {
  v1::ScopeKind kind = v1::SCOPE_KIND_UNSPECIFIED;
  std::int64_t location_id = 0;
  std::string region;
};

// Returns the scope the options name; throws std::invalid_argument when they name none or no store.
command_scope scope_of_options(storage::database& db, const std::string& location, const std::string& region,
                               bool organisation);

// Sets a draft's scope, location_id and region (a PlanDraft or a MaturityRoundDraft).
template <typename Draft>
void set_scope(Draft& draft, const command_scope& scope) {
  draft.set_scope(scope.kind);
  draft.set_location_id(scope.location_id);
  draft.set_region(scope.region);
}

// Returns the active user named by an option; throws std::invalid_argument naming the option.
auth::principal active_user(storage::database& db, const std::string& option, const std::string& username);

}  // namespace storepulse::admin
