#pragma once

#include "storepulse/v1/kiosk.pb.h"

#include <string>

namespace storepulse::testing {

// Returns a 16-byte client id that differs for every seed.
std::string client_id_for(int seed);

// Returns the bytes of a client id written in hex, as the simulator prints and logs them.
std::string client_id_from_hex(const std::string& hex);

// Returns today's UTC date shifted by days, as YYYY-MM-DD.
std::string utc_date(int days_from_today = 0);

// Returns a valid submission for the default question bank (schema/question_bank.textproto):
// the core items with mid-scale answers.
v1::SurveySubmission valid_submission(int seed, const std::string& date = utc_date());

// Returns a batch of count valid submissions with ids seed, seed+1, ...
v1::SubmissionBatch valid_batch(int first_seed, int count);

}  // namespace storepulse::testing
