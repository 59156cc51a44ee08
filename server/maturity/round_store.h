#pragma once

#include "server/auth/principal.h"
#include "server/plans/plan_validation.h"
#include "server/storage/database.h"
#include "storepulse/v1/maturity.pb.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <variant>
#include <vector>

// Maturity rounds in SQLite (schema/migrations/012_maturity_rounds.sql). HR opens and closes
// rounds for any scope and sees every round; a manager sees, answers and reads the results of
// the rounds they are invited to, and only those. Every write checks role and scope and records
// the change in maturity_round_history.
namespace storepulse::maturity {

using plans::plan_error;

inline constexpr std::size_t max_evidence_chars = 500;
inline constexpr std::size_t max_closing_note_chars = 2000;
inline constexpr int max_assessors = 30;

// Returns the rounds the caller may see, newest first.
std::vector<v1::MaturityRound> list_rounds(storage::database& db, const auth::principal& who);

// Returns a round with its assessors and history, or nullopt when it does not exist or the
// caller may not see it.
std::optional<v1::MaturityRound> load_round(storage::database& db, const auth::principal& who, std::int64_t id);

// Returns when each scope with a closed round is next due (today in days since 1970-01-01): HR
// every scope, a manager the scopes of the rounds they see.
std::vector<v1::MaturityDue> round_dues(storage::database& db, const auth::principal& who, int today);

// Returns what is wrong in a draft that needs no database to tell: scope fields and assessor ids.
std::optional<plan_error> check_round_draft(const v1::MaturityRoundDraft& draft);

// Opens a round (HR only) with its assessors: HR admins, and managers who cover the scope (for a
// store, its managers; for a region, managers of a store in it; none for the organisation).
// Returns its id, or why not (409 when the scope has an open round already).
std::variant<std::int64_t, plan_error> open_round(storage::database& db, const auth::principal& who,
                                                  const v1::MaturityRoundDraft& draft, std::int64_t now);

// Returns the caller's own answers in a round they are invited to.
std::variant<v1::MaturityAnswerSet, plan_error> load_answers(storage::database& db, const auth::principal& who,
                                                             std::int64_t id);

// Returns what is wrong in a set of answers that needs no database to tell: known item keys
// given once, stages 1-6, evidence length.
std::optional<plan_error> check_answers(const v1::MaturityAnswerSet& answers);

// Sets the caller's answers to the items named (others stay) while the round is open.
std::optional<plan_error> save_answers(storage::database& db, const auth::principal& who, std::int64_t id,
                                       const v1::MaturityAnswerSet& answers, std::int64_t now);

// Returns what is wrong in a closing that needs no database to tell: the stage and the note.
std::optional<plan_error> check_closing(const v1::MaturityClosing& closing);

// Closes an open round (HR only) with the agreed stage and a note; refused before anyone answered.
std::optional<plan_error> close_round(storage::database& db, const auth::principal& who, std::int64_t id,
                                      const v1::MaturityClosing& closing, std::int64_t now);

// Returns a round's scores for HR and the round's assessors.
std::variant<v1::MaturityResults, plan_error> round_results(storage::database& db, const auth::principal& who,
                                                            std::int64_t id);

}  // namespace storepulse::maturity
