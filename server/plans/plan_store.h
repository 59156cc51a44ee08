#pragma once

#include "server/auth/principal.h"
#include "server/plans/plan_validation.h"
#include "server/storage/database.h"
#include "storepulse/v1/plans.pb.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

// Plans in SQLite (schema/migrations/010_action_plans.sql). Reads run on a reader connection,
// writes on the writer's, each inside the caller's transaction. Every write checks the caller's
// role and scope and records the change in action_plan_history.
namespace storepulse::plans {

struct plan_filter {
  std::int64_t location_id = 0;  // 0: any
  std::string region;            // the store's region or a region plan's
  std::string status;            // "planned", "in_progress", "done", "dropped", "open" or ""
  std::int64_t owner_id = 0;
};

// Returns the plans the caller may see (HR: all; managers: their stores' plans and, read-only,
// those of their stores' regions and of the organisation), by region, store and due date.
std::vector<v1::ActionPlan> list_plans(storage::database& db, const auth::principal& who, const plan_filter& filter,
                                       int today);

// Returns a plan with its staff texts, notes and history, or nullopt when it does not exist or
// the caller may not see it.
std::optional<v1::ActionPlan> load_plan(storage::database& db, const auth::principal& who, std::int64_t id, int today);

// Creates a plan; returns its id or why not.
std::variant<std::int64_t, plan_error> create_plan(storage::database& db, const auth::principal& who,
                                                   const v1::PlanDraft& draft, std::int64_t now);
// Replaces a plan's title, target, owner, dates and staff texts.
std::optional<plan_error> update_plan(storage::database& db, const auth::principal& who, std::int64_t id,
                                      const v1::PlanDraft& draft, std::int64_t now);
// Adds a dated progress note.
std::optional<plan_error> add_note(storage::database& db, const auth::principal& who, std::int64_t id,
                                   const v1::NoteDraft& note, std::int64_t now);
// Moves a plan to another status; done and dropped carry the date it happened.
std::optional<plan_error> change_status(storage::database& db, const auth::principal& who, std::int64_t id,
                                        const v1::StatusChange& change, std::int64_t now);

// Returns the users who may own a store's plan (HR admins and the store's managers), or, for
// location_id 0, a region's or the organisation's (HR admins).
std::vector<v1::PlanOwner> plan_owners(storage::database& db, std::int64_t location_id);

// Returns the configured languages, the default first.
std::vector<std::string> configured_languages(storage::database& db);

// Returns the scope stored as "location", "region" or "organisation" (the tables' scope column).
v1::ScopeKind scope_of(const std::string& text);
// Returns a scope's stored text; unspecified is "location".
std::string scope_text(v1::ScopeKind scope);

// Binds a scope to the parameters 1 (its text), 2 (the store, NULL unless LOCATION) and 3 (the
// region, NULL unless REGION) of an insert into a table with the scope columns of plans.
void bind_scope(storage::statement& insert, v1::ScopeKind scope, std::int64_t location_id, const std::string& region);

// Returns a change's moment as YYYY-MM-DDTHH:MM:SSZ (a manager's or HR's edit, never a staff session).
std::string format_instant(std::int64_t unix_seconds);

// Returns true when the caller may change a plan of this scope.
bool may_edit(const auth::principal& who, v1::ScopeKind scope, std::int64_t location_id);

}  // namespace storepulse::plans
