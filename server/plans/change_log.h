#pragma once

#include "server/storage/database.h"
#include "storepulse/v1/plans.pb.h"

#include <cstdint>
#include <string>

// The history of plans, staff posts and maturity rounds: who changed what, and when.
namespace storepulse::plans {

// A history table and its column naming the record changed.
struct change_log {
  const char* table;
  const char* key_column;
};

inline constexpr change_log plan_changes{"action_plan_history", "plan_id"};
inline constexpr change_log staff_post_changes{"staff_post_history", "post_id"};
inline constexpr change_log maturity_round_changes{"maturity_round_history", "round_id"};

// Records that user_id changed record id at now (unix seconds), in plain words.
void record_change(storage::database& db, const change_log& log, std::int64_t id, std::int64_t user_id,
                   std::int64_t now, const std::string& what);

// Appends the changes of record id to out, oldest first unless newest_first.
void add_changes(storage::database& db, const change_log& log, std::int64_t id, bool newest_first,
                 google::protobuf::RepeatedPtrField<v1::PlanChange>& out);

}  // namespace storepulse::plans
