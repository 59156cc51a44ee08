#pragma once

#include "storepulse/v1/maturity.pb.h"

#include <string>

namespace storepulse::maturity {

// Returns a round's results as CSV, one figure per row: each assessor's and the consensus score
// per competency, each assessor's stage and evidence per item, each item's spread, the overall
// score and stage, and the agreed stage once closed.
std::string results_csv(const v1::MaturityResults& results);

}  // namespace storepulse::maturity
