#pragma once

#include "storepulse/v1/plans.pb.h"

#include <string>
#include <vector>

namespace storepulse::plans {

// Returns plans as CSV, one plan per row, with the before/after figures of done plans where they
// are published (a held-back outcome says so and carries no numbers).
std::string plans_csv(const std::vector<v1::ActionPlan>& plans);

}  // namespace storepulse::plans
