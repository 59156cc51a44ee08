#pragma once

#include "server/storage/database.h"
#include "storepulse/v1/question_bank.pb.h"

#include <string>
#include <vector>

namespace storepulse::admin {

// Returns the problems of a question bank (empty when it can be loaded).
std::vector<std::string> check_question_bank(const v1::QuestionBank& bank);
// Returns what the bank would change in questions that already have answers: their dimension,
// type, scale, bands and reverse scoring are fixed once answered, because the stored answers
// would be read on the new scale (texts may change; a new scale is a new key).
std::vector<std::string> check_against_answers(storage::database& db, const v1::QuestionBank& bank);
// Replaces languages and questions in one transaction; questions missing from the bank become
// inactive (their answers stay), and the configuration version goes up. Throws, changing
// nothing, when check_against_answers finds a problem.
void store_question_bank(storage::database& db, const v1::QuestionBank& bank);

// Returns the problems of a value set: one to three values, each named in every language.
std::vector<std::string> check_values(const v1::ValueSet& values, const std::vector<std::string>& languages);
// Replaces the organisation's values in one transaction and bumps the configuration version.
void store_values(storage::database& db, const v1::ValueSet& values);

// Parses Protobuf text format; on failure returns false with "line L column C: ..." in error.
bool parse_text_file(const std::string& path, google::protobuf::Message& message, std::string& error);

// Returns the configured languages in order.
std::vector<std::string> configured_languages(storage::database& db);

}  // namespace storepulse::admin
