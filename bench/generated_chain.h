#pragma once

#include "server/storage/database.h"

#include <cstdint>
#include <string>

namespace storepulse::bench {

// The last week of the generated chain's rollups (YYYYWW): 2026-W47.
constexpr int generated_chain_last_week = 202647;

// Returns the number of questions the generated chain asks (5 core, 10 rotating).
std::size_t generated_question_count();

// Fills a migrated, empty database with stores x weeks of rollups ending at last_week (a week
// index), inserted directly in one transaction, stores in 50 regions; returns the number of
// answers represented.
std::int64_t insert_generated_rollups(storage::database& db, int stores, int weeks, int last_week);

// Builds the generated chain at path when it is missing (or always, after deleting it, with
// rebuild): the rollups, then a publication of every week but the last and one of the last, as a
// server would; prints what each step took. Leaves the WAL checkpointed.
void ensure_generated_chain(const std::string& path, int stores, int weeks, bool rebuild);

}  // namespace storepulse::bench
