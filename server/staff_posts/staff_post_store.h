#pragma once

#include "server/auth/principal.h"
#include "server/plans/plan_validation.h"
#include "server/storage/database.h"
#include "storepulse/v1/staff_posts.pb.h"

#include <cstdint>
#include <optional>
#include <variant>
#include <vector>

// Success stories and HR's messages in SQLite (schema/migrations/011_staff_posts.sql). Every
// write checks the caller's role and scope and records the change in staff_post_history.
namespace storepulse::staff_posts {

// The longest text of a post in one language, in characters: read at the kiosk in a few seconds.
inline constexpr std::size_t max_post_chars = 200;
// Posts a store (or every store) shows at once; the kiosk rotates them.
inline constexpr int max_live_posts = 20;

// Returns the posts the caller may see: HR every post; a manager the posts of their stores and
// those for every store. Withdrawn ones too when asked; newest first.
std::vector<v1::StaffPost> list_posts(storage::database& db, const auth::principal& who, std::int64_t location_id,
                                      bool withdrawn);

// Returns a post with its texts and history, or nullopt when it does not exist or the caller may
// not see it.
std::optional<v1::StaffPost> load_post(storage::database& db, const auth::principal& who, std::int64_t id);

// Returns what is wrong in a draft that needs no database to tell: kind, texts and their lengths.
std::optional<plans::plan_error> check_post_draft(const v1::StaffPostDraft& draft);

// Posts a story (a manager for their stores, HR for a store or every store) or a message (HR, to
// every store); returns its id or why not.
std::variant<std::int64_t, plans::plan_error> create_post(storage::database& db, const auth::principal& who,
                                                          const v1::StaffPostDraft& draft, std::int64_t now);

// Takes a post off the kiosks: HR any post, a manager their stores' stories.
std::optional<plans::plan_error> withdraw_post(storage::database& db, const auth::principal& who, std::int64_t id,
                                               std::int64_t now);

}  // namespace storepulse::staff_posts
